// Placeholder until the Excel host lands (owner: Excel host work).
Office.onReady(() => {
  Office.actions.associate('ShowTaskpane', async () => {
    await Office.addin.showAsTaskpane();
  });
});
