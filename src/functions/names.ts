// The names PERF's custom functions are shown by. Excel displays the English name (PERF.SCORE) or,
// when it runs in Chinese and loads functions-zh-CN.json through the manifest's zh-CN override, the
// Chinese one (PERF.指标得分); the id behind both stays the same. The build takes each Chinese name
// from the term that opens the function's JSDoc description (scripts/functions-json-zh.js); a test
// keeps this table equal to what the build makes.
//
// A formula that calls a PERF function must be written with the names Excel displays: in a Chinese
// Excel, `range.formulas` with PERF.SCORE gives #NAME?, and Microsoft's documented way is
// `range.formulasLocal` with the displayed name. Formulas are compared with the names made alike.

export const FUNCTION_NAMESPACE = 'PERF';

/** id → Chinese display name. */
export const CHINESE_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  SCORE: '指标得分',
  RATE: '完成率',
  QUAL: '定性指标得分',
  BUDGET: '预算执行得分',
  GRADE: '评价等级',
  TOTAL: '精确合计',
  CHECK: '权重检查',
};

/** Which names Excel shows the functions by. */
export type FunctionNames = 'en' | 'zh';

/**
 * The function names of an Excel with this display language (Office.context.displayLanguage):
 * Chinese for zh-CN (the manifest's only Chinese override, Simplified Chinese), else English.
 */
export function functionNamesFor(displayLanguage: string | undefined): FunctionNames {
  return typeof displayLanguage === 'string' && /^zh-(cn|hans)\b/i.test(displayLanguage) ? 'zh' : 'en';
}

function chineseNameOf(id: string): string | undefined {
  const key = id.toUpperCase();
  return Object.prototype.hasOwnProperty.call(CHINESE_FUNCTION_NAMES, key) ? CHINESE_FUNCTION_NAMES[key] : undefined;
}

const ID_BY_CHINESE = new Map(Object.entries(CHINESE_FUNCTION_NAMES).map(([id, zh]) => [zh, id]));

// PERF.<name> directly followed by "(", not part of a longer name (a letter, digit, "_" or "." before it).
const CALL = /(^|[^\p{L}\p{N}_.])PERF\.([\p{L}_.][\p{L}\p{N}_.]*)(?=\s*\()/giu;

/** Applies `replace` to each PERF call's name outside string literals ("…", with "" inside). */
function mapCalls(formula: string, replace: (name: string) => string | undefined): string {
  let out = '';
  let start = 0;
  let inString = false;
  const flush = (end: number) => {
    const part = formula.slice(start, end);
    out += inString ? part : part.replace(CALL, (match, before: string, name: string) => {
      const next = replace(name);
      return next === undefined ? match : `${before}${FUNCTION_NAMESPACE}.${next}`;
    });
    start = end;
  };
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] !== '"') continue;
    if (inString && formula[i + 1] === '"') {
      i += 1;
      continue;
    }
    flush(inString ? i + 1 : i);
    inString = !inString;
  }
  flush(formula.length);
  return out;
}

/** The formula with PERF's Chinese function names replaced by the ids (PERF.指标得分 → PERF.SCORE). */
export function canonicalFormula(formula: string): string {
  return mapCalls(formula, (name) => ID_BY_CHINESE.get(name));
}

/** The formula with the names an Excel showing `names` displays (PERF.SCORE → PERF.指标得分 for zh). */
export function displayedFormula(formula: string, names: FunctionNames): string {
  const canonical = canonicalFormula(formula);
  return names === 'zh' ? mapCalls(canonical, (name) => chineseNameOf(name)) : canonical;
}

/** True when the formula calls one of PERF's functions, by either name. */
export function callsPerfFunction(formula: string): boolean {
  return perfCallNames(formula).some((name) => functionIdOf(name) !== undefined);
}

/** The names of the PERF calls in a formula, as written (outside string literals), in order. */
export function perfCallNames(formula: string): string[] {
  const names: string[] = [];
  mapCalls(formula, (name) => {
    names.push(name);
    return undefined;
  });
  return names;
}

/** The id a PERF function name stands for, English (any case) or Chinese; undefined for no PERF function. */
export function functionIdOf(name: string): string | undefined {
  if (chineseNameOf(name) !== undefined) return name.toUpperCase();
  return ID_BY_CHINESE.get(name);
}
