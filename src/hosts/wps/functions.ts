// PERF's seven functions in WPS cells (=PERF.SCORE(...) and the others), registered through WPS's
// custom-function API (Application.AddCustomFunction, WPS 12.1.0.20540 or later) over the same
// scoring code as the Excel functions (src/functions). That code builds its errors with Office's
// CustomFunctions.Error, which WPS lacks: a stand-in class is installed when the global is missing,
// and an error result is returned to WPS as its code ('#VALUE!', '#NUM!'), the Chinese reason being
// in Excel's hover text only. Ranges arrive as 2-D arrays, a Range object or one value; CVErr numbers
// in them become error values, as Excel passes them. Names, descriptions and parameters are those of
// Excel's functions.json, generated from the same JSDoc and put into the WPS build by
// webpack.wps.config.js: the two lists cannot drift apart.
import type { Message } from '../../core/findings/types';
import type { EtApplication } from './et';
import { CVERR, wpsVersion } from './et';
import { detailOf } from './errors';
import { wpsMsg } from './messages';
import { customFunctionsStandIn } from '../../functions/stand-in';

/** Installs the CustomFunctions stand-in when Office's is absent (it always is in WPS). */
export function ensureCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (typeof g.CustomFunctions === 'undefined') g.CustomFunctions = customFunctionsStandIn();
}

/** One cell value as the Excel functions expect it (a CVErr number → an error value). */
function cellArg(value: unknown): unknown {
  if (typeof value === 'number' && CVERR[value] !== undefined) return { code: CVERR[value], error: CVERR[value] };
  return value === undefined ? null : value;
}

/** A range argument as rows of cells, whatever shape WPS gives. */
export function rangeArg(value: unknown): unknown[][] {
  let raw = value;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'Value2' in raw) raw = (raw as { Value2: unknown }).Value2;
  if (!Array.isArray(raw)) return [[cellArg(raw)]];
  if (raw.length > 0 && !Array.isArray(raw[0])) return raw.map((v) => [cellArg(v)]);
  return (raw as unknown[][]).map((row) => (Array.isArray(row) ? row.map(cellArg) : [cellArg(row)]));
}

function scalarArg(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'Value2' in value) return cellArg((value as { Value2: unknown }).Value2);
  if (Array.isArray(value)) return scalarArg(Array.isArray(value[0]) ? value[0][0] : value[0]);
  return cellArg(value);
}

/** What WPS receives: the number or text, or an error's code. */
export function resultForWps(result: unknown): unknown {
  if (typeof result === 'object' && result !== null && typeof (result as { code?: unknown }).code === 'string') return (result as { code: string }).code;
  return result;
}

/** The part of functions.json (generated from the JSDoc of src/functions/functions.ts) WPS registration reads. */
export interface FunctionsMetadata {
  readonly functions: ReadonlyArray<{
    readonly id: string;
    readonly description?: string;
    readonly parameters: ReadonlyArray<{ readonly name: string; readonly description?: string; readonly dimensionality?: string }>;
  }>;
}

/** functions.json's content, put in at build time by webpack.wps.config.js (FunctionsMetadataPlugin). */
declare const PERF_FUNCTIONS_METADATA: FunctionsMetadata;

/** The generated metadata the WPS build carries. Only the built script has it. */
export function builtFunctionsMetadata(): FunctionsMetadata {
  return PERF_FUNCTIONS_METADATA;
}

type Fns = typeof import('../../functions/functions');

/**
 * What the metadata does not say: each function's result type for WPS and the call into the scoring
 * code. Names, descriptions and parameters come from the generated metadata only.
 */
export const WPS_CALLS: Readonly<Record<string, { readonly result: 'number' | 'string'; readonly call: (fns: Fns, args: unknown[]) => unknown }>> = {
  SCORE: { result: 'number', call: (f, a) => f.score(a[0] as string, a[1] as string, a[2] as string, a[3] as string, a[4] as string | undefined) },
  RATE: { result: 'number', call: (f, a) => f.rate(a[0] as string, a[1] as string, a[2] as string) },
  QUAL: { result: 'number', call: (f, a) => f.qual(a[0] as string, a[1] as string, a[2] as string | undefined) },
  BUDGET: { result: 'number', call: (f, a) => f.budget(a[0] as string, a[1] as string, a[2] as string | undefined) },
  GRADE: { result: 'string', call: (f, a) => f.grade(a[0] as string) },
  TOTAL: { result: 'number', call: (f, a) => f.total(a[0] as unknown[][]) },
  CHECK: { result: 'string', call: (f, a) => f.check(a[0] as unknown[][], a[1] as string | undefined) },
};

/** What AddCustomFunction is given for one function of the metadata. */
export function wpsFunctionOptions(fn: FunctionsMetadata['functions'][number]) {
  return {
    description: fn.description ?? '',
    result: { type: WPS_CALLS[fn.id]?.result ?? 'number' },
    parameters: fn.parameters.map((p) => ({ name: p.name, type: 'any', description: p.description ?? '' })),
  };
}

export type RegisterOutcome =
  | { readonly ok: true; readonly names: readonly string[] }
  | { readonly ok: false; readonly reason: 'no-api' | 'failed'; readonly detail?: string; readonly message: Message };

let registeredOn: EtApplication | undefined;

/** PluginStorage key: why the root page could not register the functions (a Message as JSON), for the pane to say. */
export const FUNCTIONS_FAILED_KEY = 'perf.functionsFailed';

/** Keeps a failed registration's message where the pane finds it (PluginStorage is shared by the add-in's pages); clears it on success. */
export function noteRegistration(app: EtApplication, outcome: RegisterOutcome): void {
  try {
    app.PluginStorage?.setItem(FUNCTIONS_FAILED_KEY, !outcome.ok && outcome.reason === 'failed' ? JSON.stringify(outcome.message) : '');
  } catch {
    // without PluginStorage the pane cannot be told; the functions then show #NAME? in cells
  }
}

/** The message of a failed registration noted by the root page, if any. */
export function registrationProblem(app: EtApplication): Message | undefined {
  try {
    const raw = app.PluginStorage?.getItem(FUNCTIONS_FAILED_KEY);
    if (typeof raw !== 'string' || raw === '') return undefined;
    const m = JSON.parse(raw) as Partial<Message>;
    return typeof m.zh === 'string' && typeof m.en === 'string' ? { zh: m.zh, en: m.en } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Registers the functions of the generated metadata (PERF.SCORE … PERF.CHECK) once per application;
 * says why when WPS has no API for it.
 */
export function registerWpsFunctions(app: EtApplication, fns: Fns, metadata: FunctionsMetadata): RegisterOutcome {
  if (typeof app.AddCustomFunction !== 'function') return { ok: false, reason: 'no-api', message: wpsMsg.noFunctionsApi(wpsVersion(app)) };
  const specs = metadata.functions.filter((fn) => WPS_CALLS[fn.id] !== undefined);
  const names = specs.map((fn) => `PERF.${fn.id}`);
  if (registeredOn === app) return { ok: true, names };
  ensureCustomFunctionsGlobal();
  try {
    for (const fn of specs) {
      const { call } = WPS_CALLS[fn.id];
      const callback = (...args: unknown[]): unknown => {
        const normalised = fn.parameters.map((p, i) => (p.dimensionality === 'matrix' ? rangeArg(args[i]) : scalarArg(args[i])));
        try {
          return resultForWps(call(fns, normalised));
        } catch {
          return '#VALUE!';
        }
      };
      app.AddCustomFunction('PERF', fn.id, callback as unknown as (...args: never[]) => unknown, wpsFunctionOptions(fn));
    }
  } catch (error) {
    const detail = detailOf(error);
    return { ok: false, reason: 'failed', detail, message: wpsMsg.functionsFailed(detail) };
  }
  registeredOn = app;
  return { ok: true, names };
}
