// watchChanges: worksheets.onChanged (ExcelApi 1.9, covers sheets added later) → (sheet, address).
// The event names the sheet by id; the name is looked up per event (one small sync), so renamed
// sheets are reported under their current name. Unsubscribing removes the handler in the context
// it was registered in, as Office.js requires.
import type { ExcelFeatures } from './capabilities';
import type { ExcelDeps } from './deps';

export async function watchChanges(
  deps: ExcelDeps,
  features: ExcelFeatures,
  onChange: (sheet: string, address: string) => void,
): Promise<() => void> {
  if (!features.watch) return () => undefined;
  let active = true;
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (!active) return;
    try {
      const name = await deps.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(event.worksheetId);
        sheet.load('name');
        await context.sync();
        return sheet.isNullObject ? undefined : sheet.name;
      });
      if (active && name !== undefined) onChange(name, event.address);
    } catch {
      // A change we cannot resolve is dropped; the next edit or a manual re-run catches up.
    }
  };
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  try {
    registration = await deps.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return result;
    });
  } catch {
    return () => undefined;
  }
  const registered = registration;
  return () => {
    if (!active) return;
    active = false;
    void deps
      .runWith(registered.context, async (context) => {
        registered.remove();
        await context.sync();
      })
      .catch(() => undefined);
  };
}
