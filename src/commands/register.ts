// Placeholder until the Excel host lands (owner: Excel host work). Imported by the taskpane entry,
// so the ribbon commands and the pane share one module instance in the shared runtime.
export function registerCommands(): void {
  Office.actions.associate('ShowTaskpane', async () => {
    await Office.addin.showAsTaskpane();
  });
}
