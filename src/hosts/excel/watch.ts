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
//
// watchSelection: worksheets.onSelectionChanged (ExcelApi 1.9, every sheet present and future) gives
// the sheet id and the selected address; the same name cache turns the id into the sheet's name, and
// the callback gets the top-left cell. The pane tells its own selections (定位到) from the user's.
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

interface WorksheetsEvents {
  readonly onNameChanged: OfficeExtension.EventHandlers<NameChanged>;
}

/**
 * Registers handlers on the worksheet collection with a cache of sheet names by id, and returns the
 * unsubscribe function (a no-op when the registration failed). `handle` gets the sheet's name.
 */
async function subscribe(
  deps: ExcelDeps,
  features: ExcelFeatures,
  register: (sheets: Excel.WorksheetCollection, named: (id: string, then: (name: string) => void) => Promise<void>) => Registration[],
): Promise<() => void> {
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

  const named = async (id: string, then: (name: string) => void): Promise<void> => {
    if (!active) return;
    try {
      const name = await nameOf(id);
      if (active && name !== undefined) then(name);
    } catch {
      // An event we cannot resolve is dropped; the next one or a manual re-run catches up.
    }
  };

  let registrations: Registration[];
  try {
    registrations = await deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (features.nameEvents) sheets.load('items/id,items/name');
      const added = register(sheets, named);
      if (features.nameEvents) {
        const onNameChanged = (sheets as unknown as WorksheetsEvents).onNameChanged;
        added.push(onNameChanged.add(async (event) => void names.set(event.worksheetId, event.nameAfter)) as Registration);
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

export async function watchChanges(
  deps: ExcelDeps,
  features: ExcelFeatures,
  onChange: (sheet: string, address: string) => void,
  ownWrite: () => boolean = () => false,
): Promise<() => void> {
  if (!features.watch) return () => undefined;
  return subscribe(deps, features, (sheets, named) => {
    const report = (event: SheetEvent): Promise<void> => named(event.worksheetId, (name) => onChange(name, event.address ?? ''));
    const changed = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
      const source = (event as SheetEvent).triggerSource;
      if (source !== undefined ? source === 'ThisLocalAddin' : ownWrite()) return Promise.resolve();
      return report(event);
    };
    const calculated = (event: Excel.WorksheetCalculatedEventArgs): Promise<void> =>
      ownWrite() ? Promise.resolve() : report(event as unknown as SheetEvent);
    const added: Registration[] = [sheets.onChanged.add(changed) as Registration];
    if (features.calculated) added.push(sheets.onCalculated.add(calculated) as Registration);
    return added;
  });
}

/** The top-left cell of a selected address: 'Sheet1!$B$5:$C$7' or 'B5:C7, E2' give 'B5'. */
export function topLeftOf(address: string): string {
  const first = String(address ?? '').split(',')[0].trim();
  const cell = first.slice(first.lastIndexOf('!') + 1).split(':')[0];
  return cell.replace(/\$/g, '').toUpperCase();
}

export async function watchSelection(
  deps: ExcelDeps,
  features: ExcelFeatures,
  onSelect: (sheet: string, address: string) => void,
): Promise<() => void> {
  if (!features.watch) return () => undefined;
  return subscribe(deps, features, (sheets, named) => {
    const selected = (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
      const cell = topLeftOf(event.address);
      if (cell === '') return Promise.resolve();
      return named(event.worksheetId, (name) => onSelect(name, cell));
    };
    return [sheets.onSelectionChanged.add(selected) as Registration];
  });
}

/** The sheet and top-left cell of the current selection (one Excel.run); undefined when it cannot be read. */
export async function selectedCell(deps: ExcelDeps): Promise<{ sheet: string; address: string } | undefined> {
  try {
    return await deps.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      const cell = topLeftOf(range.address);
      return cell === '' ? undefined : { sheet: sheet.name, address: cell };
    });
  } catch {
    return undefined;
  }
}
