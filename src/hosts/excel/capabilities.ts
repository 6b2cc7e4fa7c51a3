// Which Excel APIs this Excel has (requirement sets), and what the host can therefore promise.
// Base: ExcelApi 1.7 (getRangeByIndexes, getNextOrNullObject, Excel.settings, hyperlinks) — every Excel
// that runs a shared-runtime add-in has it. Above the base, each missing set only turns one feature off.
import type { Message } from '../../core/findings/types';
import type { HostCapabilities } from '../types';
import { msg } from './messages';

export const BASE_API = '1.7';

export interface ExcelFeatures {
  /** ExcelApi 1.7: reading and writing at all (1.7 includes 1.4 settings and 1.5 getNextOrNullObject). */
  readonly base: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject. */
  readonly merges: boolean;
  /** ExcelApi 1.9: fill.pattern, to tell no fill from white. */
  readonly fillPattern: boolean;
  /** ExcelApi 1.9: worksheets.onChanged for every sheet, present and future. */
  readonly watch: boolean;
  /** ExcelApi 1.8: worksheets.onCalculated, to re-check sheets whose formulas recalculated. */
  readonly calculated: boolean;
  /** ExcelApi 1.17: worksheets.onNameChanged, to know sheet names by id without a round trip per event. */
  readonly nameEvents: boolean;
  /** ExcelApi 1.9: application.calculationState, to wait for Excel to finish calculating before a read counts. */
  readonly calcState: boolean;
  /** ExcelApi 1.11: Excel.run({ delayForCellEdit }) waits while the user edits a cell instead of failing. */
  readonly delayForCellEdit: boolean;
  /**
   * CustomFunctionsRuntime 1.2: PERF.* functions run here (the manifest asks for 1.2, which
   * CustomFunctions.Error with a message needs; below it Office loads no functions at all).
   */
  readonly customFunctions: boolean;
  /** ExcelApi 1.18: worksheet.notes, the cell notes highlights can attach. */
  readonly notes: boolean;
}

export const NOTES_API = '1.18';

export const CUSTOM_FUNCTIONS_RUNTIME = '1.2';

export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): ExcelFeatures {
  const supports = (name: string, version: string): boolean => {
    try {
      return isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  const has = (version: string): boolean => supports('ExcelApi', version);
  const base = has(BASE_API);
  return {
    base,
    merges: base && has('1.13'),
    fillPattern: base && has('1.9'),
    watch: base && has('1.9'),
    calculated: base && has('1.8'),
    nameEvents: base && has('1.17'),
    calcState: base && has('1.9'),
    delayForCellEdit: base && has('1.11'),
    customFunctions: supports('CustomFunctionsRuntime', CUSTOM_FUNCTIONS_RUNTIME),
    notes: base && has(NOTES_API),
  };
}

export function capabilitiesOf(features: ExcelFeatures): HostCapabilities {
  if (!features.base) {
    return {
      select: false,
      highlight: false,
      storeInWorkbook: false,
      watchChanges: false,
      addSheet: false,
      customFunctions: false,
      cellNotes: false,
      notes: [msg.needsApi(BASE_API)],
    };
  }
  const notes: Message[] = [];
  if (!features.merges) notes.push(msg.noMerges);
  if (!features.fillPattern) notes.push(msg.noFillPattern);
  if (!features.watch) notes.push(msg.noWatch);
  if (!features.customFunctions) notes.push(msg.noCustomFunctions(CUSTOM_FUNCTIONS_RUNTIME));
  return {
    select: true,
    highlight: true,
    storeInWorkbook: true,
    watchChanges: features.watch,
    addSheet: true,
    customFunctions: features.customFunctions,
    // Said next to the disabled 同时写入批注 rather than among the notes above the pane: nothing else is lost.
    ...(features.notes ? { cellNotes: true } : { cellNotes: false, cellNotesWhy: msg.noNotes(NOTES_API) }),
    notes,
  };
}
