// PERF's seven functions in WPS cells (=PERF.SCORE(...) and the others), registered through WPS's
// custom-function API (Application.AddCustomFunction, WPS 12.1.0.20540 or later) over the same
// scoring code as the Excel functions (src/functions). That code builds its errors with Office's
// CustomFunctions.Error, which WPS lacks: a stand-in class is installed when the global is missing,
// and an error result is returned to WPS as its code ('#VALUE!', '#NUM!'), the Chinese reason being
// in Excel's hover text only. Ranges arrive as 2-D arrays, a Range object or one value; CVErr numbers
// in them become error values, as Excel passes them.
import type { Message } from '../../core/findings/types';
import type { EtApplication } from './et';
import { CVERR, wpsVersion } from './et';
import { detailOf } from './errors';
import { wpsMsg } from './messages';

class WpsFunctionError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** Installs the CustomFunctions stand-in when Office's is absent (it always is in WPS). */
export function ensureCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (typeof g.CustomFunctions === 'undefined') g.CustomFunctions = { Error: WpsFunctionError, ErrorCode: ERROR_CODES };
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

interface Spec {
  readonly name: string;
  readonly description: string;
  readonly result: 'number' | 'string';
  readonly params: ReadonlyArray<{ readonly name: string; readonly description: string; readonly range?: boolean }>;
  readonly call: (fns: typeof import('../../functions/functions'), args: unknown[]) => unknown;
}

export const WPS_FUNCTIONS: readonly Spec[] = [
  {
    name: 'SCORE',
    description: '指标得分：按比较符、指标值、完成值和权重计算（精确到分）。Indicator score.',
    result: 'number',
    params: [
      { name: 'op', description: '比较符 ≥ ≤ = > < 或 定性；为空时取指标值中的比较符' },
      { name: 'target', description: '指标值（目标值）' },
      { name: 'actual', description: '全年完成值' },
      { name: 'weight', description: '指标权重（分值）' },
      { name: 'profile', description: '评分配置：national（默认）或 hubei' },
    ],
    call: (f, a) => f.score(a[0] as string, a[1] as string, a[2] as string, a[3] as string, a[4] as string | undefined),
  },
  {
    name: 'RATE',
    description: '完成率：正向 R/T，反向 T/R，封顶 100%。Completion ratio.',
    result: 'number',
    params: [
      { name: 'op', description: '比较符；为空时取指标值中的比较符' },
      { name: 'target', description: '指标值（目标值）' },
      { name: 'actual', description: '全年完成值' },
    ],
    call: (f, a) => f.rate(a[0] as string, a[1] as string, a[2] as string),
  },
  {
    name: 'QUAL',
    description: '定性指标得分：等级或系数乘以权重。Qualitative score.',
    result: 'number',
    params: [
      { name: 'grade', description: '等级或得分系数，如 优、80%' },
      { name: 'weight', description: '指标权重（分值）' },
      { name: 'profile', description: '评分配置：national（默认）或 hubei' },
    ],
    call: (f, a) => f.qual(a[0] as string, a[1] as string, a[2] as string | undefined),
  },
  {
    name: 'BUDGET',
    description: '预算执行率得分。Budget execution score.',
    result: 'number',
    params: [
      { name: 'budget', description: '全年预算数' },
      { name: 'spent', description: '全年执行数' },
      { name: 'weight', description: '执行率权重，默认 10' },
    ],
    call: (f, a) => f.budget(a[0] as string, a[1] as string, a[2] as string | undefined),
  },
  {
    name: 'GRADE',
    description: '自评等级：优、良、中、差。Grade of a total score.',
    result: 'string',
    params: [{ name: 'total', description: '自评总分' }],
    call: (f, a) => f.grade(a[0] as string),
  },
  {
    name: 'TOTAL',
    description: '得分合计（精确十进制）。Exact sum of scores.',
    result: 'number',
    params: [{ name: 'scores', description: '得分区域', range: true }],
    call: (f, a) => f.total(a[0] as unknown[][]),
  },
  {
    name: 'CHECK',
    description: '权重合计检查：等于应有合计时返回“通过”。Weight sum check.',
    result: 'string',
    params: [
      { name: 'weights', description: '权重区域', range: true },
      { name: 'expected', description: '应有合计，默认 100' },
    ],
    call: (f, a) => f.check(a[0] as unknown[][], a[1] as string | undefined),
  },
];

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

/** Registers PERF.SCORE … PERF.CHECK once per application; says why when WPS has no API for it. */
export function registerWpsFunctions(app: EtApplication, fns: typeof import('../../functions/functions')): RegisterOutcome {
  if (typeof app.AddCustomFunction !== 'function') return { ok: false, reason: 'no-api', message: wpsMsg.noFunctionsApi(wpsVersion(app)) };
  const names = WPS_FUNCTIONS.map((s) => `PERF.${s.name}`);
  if (registeredOn === app) return { ok: true, names };
  ensureCustomFunctionsGlobal();
  try {
    for (const spec of WPS_FUNCTIONS) {
      const callback = (...args: unknown[]): unknown => {
        const normalised = spec.params.map((p, i) => (p.range ? rangeArg(args[i]) : scalarArg(args[i])));
        try {
          return resultForWps(spec.call(fns, normalised));
        } catch {
          return '#VALUE!';
        }
      };
      app.AddCustomFunction('PERF', spec.name, callback as unknown as (...args: never[]) => unknown, {
        description: spec.description,
        result: { type: spec.result },
        parameters: spec.params.map((p) => ({ name: p.name, type: 'any', description: p.description })),
      });
    }
  } catch (error) {
    const detail = detailOf(error);
    return { ok: false, reason: 'failed', detail, message: wpsMsg.functionsFailed(detail) };
  }
  registeredOn = app;
  return { ok: true, names };
}
