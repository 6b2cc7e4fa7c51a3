// createExcelHost: the PerfHost over Office.js. Operations run one at a time (a queue), so two
// clicks cannot interleave a verification and a write, or two journal updates.
import type { Message, ReviewedMark } from '../../core/findings/types';
import { parseA1, parseRectA1 } from '../../core/grid/address';
import type { WorkbookReport } from '../../core/report/types';
import type { HighlightMark, PerfHost, ReadOptions, WriteResult } from '../types';
import { capabilitiesOf, detectFeatures, type ExcelFeatures } from './capabilities';
import { cellEditAware, officeDeps, type ExcelDeps } from './deps';
import { HostError, errorDetail, isHostError, isItemNotFound } from './errors';
import { clearHighlights, highlight } from './highlight';
import { msg } from './messages';
import { readWorkbook, type ReadState } from './read';
import { exportReport } from './report-sheet';
import { LIMITS, REVIEWED_PROPERTY, STORE_KEYS, documentIn, parseReviewed, queueRead, queueReadProperties, queueWriteDocument, serializeReviewed } from './store';
import { selectedCell, watchChanges, watchSelection } from './watch';
import { applyChanges, fail, readJournal, undoLast } from './write';

function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

async function selectCell(deps: ExcelDeps, sheetName: string, address: string): Promise<void> {
  const clean = typeof address === 'string' ? address.replace(/\$/g, '') : '';
  if (!parseA1(clean) && !parseRectA1(clean)) throw new HostError(msg.badAddress(String(address)));
  try {
    await deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(clean).select();
      await context.sync();
    });
  } catch (error) {
    if (isHostError(error)) throw error;
    if (isItemNotFound(error)) throw new HostError(msg.sheetMissing(sheetName));
    throw new HostError(msg.selectFailed(sheetName, clean));
  }
}

/**
 * Reviewed marks: the custom document properties (the format WPS and the preview use) when they hold
 * any; otherwise the settings key of an older PERF. One round trip.
 */
async function loadReviewed(deps: ExcelDeps): Promise<readonly ReviewedMark[]> {
  try {
    return await deps.run(async (context) => {
      const properties = queueReadProperties(context);
      const stored = queueRead(context, STORE_KEYS.reviewed);
      await context.sync();
      const text = documentIn(properties(), REVIEWED_PROPERTY);
      return parseReviewed(text ?? stored());
    });
  } catch {
    return [];
  }
}

/**
 * Writes the marks into the custom document properties in one batch (after one read of what is
 * there) and removes an older PERF's settings copy, so the file has one set of marks for every host.
 */
async function saveReviewed(deps: ExcelDeps, marks: readonly ReviewedMark[]): Promise<void> {
  const list = Array.isArray(marks) ? marks : [];
  const text = serializeReviewed(list);
  if (text.length > LIMITS.reviewedChars) throw new HostError(msg.reviewedTooLarge(list.length));
  try {
    await deps.run(async (context) => {
      const properties = queueReadProperties(context);
      const legacy = context.workbook.settings.getItemOrNullObject(STORE_KEYS.reviewed);
      legacy.load('key');
      await context.sync();
      queueWriteDocument(context, properties(), REVIEWED_PROPERTY, list.length > 0 ? text : undefined);
      if (!legacy.isNullObject) legacy.delete();
      await context.sync();
    });
  } catch (error) {
    if (isHostError(error)) throw error;
    throw new HostError(msg.storeFailed(errorDetail(error)));
  }
}

/** How long after a host write its events may still arrive (Excel raises them after the sync). */
const OWN_EVENT_TAIL_MS = 1_000;

const unsupported = (): WriteResult => fail('unsupported', msg.needsApi('1.7'));

/** The Excel host. `deps` defaults to the Office.js globals; tests pass a fake. */
export function createExcelHost(officeJs: ExcelDeps = officeDeps()): PerfHost {
  const features: ExcelFeatures = detectFeatures(officeJs.isSetSupported);
  const deps = cellEditAware(officeJs, features.delayForCellEdit, () => new HostError(msg.cellEditing));
  const capabilities = capabilitiesOf(features);
  const state: ReadState = { sheetCountHint: 0, snapshots: new Map() };
  const queue = serial();
  // The host's own writes, for live re-check to skip their events (Excel raises them after the sync).
  let writing = 0;
  let wroteAt = -Infinity;
  const ownWrite = (): boolean => writing > 0 || Date.now() - wroteAt < OWN_EVENT_TAIL_MS;
  const write = <T>(task: () => Promise<T>): (() => Promise<T>) => async () => {
    writing += 1;
    try {
      return await task();
    } finally {
      writing -= 1;
      wroteAt = Date.now();
    }
  };
  const guard = <T>(task: () => Promise<T>, otherwise: () => T): Promise<T> =>
    features.base ? queue(task) : Promise.resolve(otherwise());

  return {
    kind: 'excel',
    capabilities,
    readWorkbook: (options?: ReadOptions) => queue(() => readWorkbook({ deps, features, state }, options)),
    selectCell: (sheet: string, address: string) =>
      features.base ? queue(() => selectCell(deps, sheet, address)) : Promise.reject(new HostError(msg.needsApi('1.7'))),
    applyChanges: (changes, label: Message) => guard(write(() => applyChanges(deps, changes, label, state.snapshots)), unsupported),
    undoLast: () => guard(write(() => undoLast(deps, state.snapshots)), unsupported),
    journal: () => guard(() => readJournal(deps), () => []),
    highlight: (marks: readonly HighlightMark[]) => guard(() => highlight(deps, features, marks), unsupported),
    clearHighlights: () => guard(() => clearHighlights(deps, features), unsupported),
    loadReviewed: () => guard(() => loadReviewed(deps), () => []),
    saveReviewed: (marks: readonly ReviewedMark[]) =>
      features.base ? queue(() => saveReviewed(deps, marks)) : Promise.reject(new HostError(msg.needsApi('1.7'))),
    exportReport: (report: WorkbookReport, language: 'zh' | 'en') => guard(write(() => exportReport(deps, report, language)), unsupported),
    watchChanges: (onChange) => watchChanges(deps, features, onChange, ownWrite),
    watchSelection: (onSelect) => watchSelection(deps, features, onSelect),
    selectedCell: () => (features.base ? queue(() => selectedCell(deps)) : Promise.resolve(undefined)),
  };
}
