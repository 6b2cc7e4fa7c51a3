// watchChanges: the sheets to re-check live, as (sheet, address).
// - worksheets.onChanged (ExcelApi 1.9, covers sheets added later): data edits.
// - worksheets.onCalculated (ExcelApi 1.8): a sheet recalculated — formulas that depend on an edit
//   in another sheet change without an onChanged of their own.
// - The add-in's own writes are skipped: onChanged says so in triggerSource 'ThisLocalAddin'
//   (ExcelApi 1.14); without it, and for onCalculated, events during a host write and shortly after
//   it are skipped (`ownWrite`).
// Events name the sheet by id. Ids and names are loaded once with the registration, and kept
// current by worksheets.onNameChanged (ExcelApi 1.17), so an event costs no round trip; a sheet
// added later, or any event on an Excel without onNameChanged, is looked up (one small Excel.run).
// Unsubscribing removes the handlers in the context they were registered in, as Office.js requires.
import type { ExcelFeatures } from './capabilities';
import type { ExcelDeps } from './deps';

interface SheetEvent {
  readonly worksheetId: string;
  readonly address?: string;
  readonly triggerSource?: string;
}

interface NameChanged {
  readonly worksheetId: string;
  readonly nameAfter: string;
}

type Registration = OfficeExtension.EventHandlerResult<unknown>;

export async function watchChanges(
  deps: ExcelDeps,
  features: ExcelFeatures,
  onChange: (sheet: string, address: string) => void,
  ownWrite: () => boolean = () => false,
): Promise<() => void> {
  if (!features.watch) return () => undefined;
  let active = true;
  const names = new Map<string, string>();

  const nameOf = async (id: string): Promise<string | undefined> => {
    const known = names.get(id);
    if (known !== undefined && features.nameEvents) return known;
    const name = await deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load('name');
      await context.sync();
      return sheet.isNullObject ? undefined : sheet.name;
    });
    if (name !== undefined) names.set(id, name);
    return name;
  };

  const report = async (event: SheetEvent): Promise<void> => {
    if (!active) return;
    try {
      const name = await nameOf(event.worksheetId);
      if (active && name !== undefined) onChange(name, event.address ?? '');
    } catch {
      // A change we cannot resolve is dropped; the next edit or a manual re-run catches up.
    }
  };

  const changed = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    const source = (event as SheetEvent).triggerSource;
    if (source !== undefined ? source === 'ThisLocalAddin' : ownWrite()) return Promise.resolve();
    return report(event);
  };
  const calculated = (event: Excel.WorksheetCalculatedEventArgs): Promise<void> =>
    ownWrite() ? Promise.resolve() : report(event as unknown as SheetEvent);
  const renamed = (event: NameChanged): void => {
    names.set(event.worksheetId, event.nameAfter);
  };

  let registrations: Registration[];
  try {
    registrations = await deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (features.nameEvents) sheets.load('items/id,items/name');
      const added: Registration[] = [sheets.onChanged.add(changed) as Registration];
      if (features.calculated) added.push(sheets.onCalculated.add(calculated) as Registration);
      if (features.nameEvents) {
        const onNameChanged = (sheets as unknown as { onNameChanged: OfficeExtension.EventHandlers<NameChanged> }).onNameChanged;
        added.push(onNameChanged.add(async (event) => renamed(event)) as Registration);
      }
      await context.sync();
      if (features.nameEvents) for (const sheet of sheets.items) names.set(sheet.id, sheet.name);
      return added;
    });
  } catch {
    return () => undefined;
  }
  return () => {
    if (!active) return;
    active = false;
    const first = registrations[0];
    void deps
      .runWith(first.context, async (context) => {
        for (const registration of registrations) registration.remove();
        await context.sync();
      })
      .catch(() => undefined);
  };
}
