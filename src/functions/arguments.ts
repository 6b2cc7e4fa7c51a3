// Turning what Excel passes to a custom function into core values, and core failures into Excel errors.
// Excel passes numbers, strings, booleans, null (empty cell or omitted argument) and, in ranges,
// possibly error values; nothing here throws.
import type Decimal from 'decimal.js';
import type { CellValue } from '../core/grid/types';
import type { Op, ParsedValue } from '../core/model/types';
import { NATIONAL_PROFILE } from '../core/profile/national';
import { profileById } from '../core/profile/load';
import type { Profile } from '../core/profile/types';
import { toDecimal } from '../core/scoring/decimal';
import { isQuantitativeMarker, parseOperator } from '../core/scoring/operator';
import type { ScoreFailure } from '../core/scoring/types';
import { parseValue } from '../core/scoring/value';

/**
 * An Excel error with a Chinese message. Always #VALUE!: Excel shows a custom function's message
 * only on #VALUE! and #N/A, and the message is what tells the user what to fix ("权重 -1 为负数").
 * The core's 'num' (numbers that cannot be scored, such as a negative weight) is therefore #VALUE!
 * too, never a bare #NUM!. (CustomFunctions.Error with a message needs CustomFunctionsRuntime 1.2.)
 */
export function excelError(_code: 'value' | 'num', zh: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, zh);
}

export function fromFailure(failure: ScoreFailure): CustomFunctions.Error {
  return excelError(failure.code, failure.message.zh);
}

/** An error value coming in from a cell: a CustomFunctions.Error-like object, or its code as text. */
export function incomingErrorCode(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) {
    const code = (value as { code?: unknown; error?: unknown }).code ?? (value as { error?: unknown }).error;
    return typeof code === 'string' ? code : '#VALUE!';
  }
  return undefined;
}

/** An argument as a cell value the core understands. */
export function cellValueOf(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  const code = incomingErrorCode(value);
  return { error: code ?? '#VALUE!' };
}

export function parsedArg(value: unknown): ParsedValue {
  // The common case (a plain number) goes straight to the parser.
  return typeof value === 'number' ? parseValue(value) : parseValue(cellValueOf(value));
}

/** True for an omitted optional argument (Excel passes null or undefined). */
export function omitted(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

export function profileArg(value: unknown): Profile | CustomFunctions.Error {
  if (omitted(value)) return NATIONAL_PROFILE;
  const profile = typeof value === 'string' ? profileById(value) : undefined;
  return profile ?? excelError('value', `未知的评分配置“${String(value)}”（可选 national 全国、hubei 湖北）`);
}

/** A weight or amount: a number, or text holding only a number. */
export function decimalArg(value: unknown, nameZh: string): Decimal | CustomFunctions.Error {
  if (typeof value === 'number') {
    const d = toDecimal(value);
    if (d) return d;
  } else if (omitted(value)) {
    return excelError('value', `${nameZh}为空`);
  } else {
    const parsed = parsedArg(value);
    if (parsed.kind === 'number' && parsed.number && parsed.unit === undefined && parsed.op === undefined && !parsed.percent) {
      return parsed.number;
    }
    if (parsed.kind === 'error') return excelError('value', `${nameZh}是错误值 ${parsed.text}`);
  }
  return excelError('value', `${nameZh}“${String(value)}”不是数字`);
}

/**
 * The operator: from the op argument, or folded into the target ('≥95%') when the op argument is
 * empty. Conflicting operators are refused rather than guessed.
 */
export function operatorArg(opValue: unknown, target: ParsedValue): Op | CustomFunctions.Error {
  if (omitted(opValue)) {
    if (target.op) return target.op;
    return excelError('value', '比较符为空：请填写 ≥、≤、=、>、< 或 定性，或写在指标值前（如 ≥95%）');
  }
  const text = String(opValue);
  if (isQuantitativeMarker(text)) {
    return excelError('value', `“${text.trim()}”不是比较符：请填写 ≥、≤、=、>、<（定量指标需要比较符）`);
  }
  const op = parseOperator(text);
  if (op === undefined) {
    return excelError('value', `无法识别比较符“${text.trim()}”（可用 ≥ ≤ = > < 定性，或 大于等于、不低于、不超过 等）`);
  }
  if (target.op && target.op !== op) {
    return excelError('value', `比较符“${text.trim()}”与指标值“${target.text.trim()}”中的比较符不一致`);
  }
  return op;
}

export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return value instanceof CustomFunctions.Error;
}

/**
 * The numbers of a range, exactly. Empty cells and "nothing" marks ('—', '/') are left out;
 * an error value, text or a boolean is reported with its place in the range, never skipped.
 */
export function rangeNumbers(range: unknown, nameZh: string): Decimal[] | CustomFunctions.Error {
  const rows: readonly unknown[] = Array.isArray(range) ? range : [[range]];
  const numbers: Decimal[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j];
      const at = `${nameZh}第 ${i + 1} 行第 ${j + 1} 列`;
      if (typeof cell === 'number') {
        const d = toDecimal(cell);
        if (!d) return excelError('num', `${at}不是有限数字`);
        numbers.push(d);
        continue;
      }
      if (omitted(cell)) continue;
      const parsed = parsedArg(cell);
      if (parsed.kind === 'empty') continue;
      if (parsed.kind === 'error') return excelError('value', `${at}是错误值 ${parsed.text}`);
      if (parsed.kind === 'number' && parsed.numberAsText) {
        return excelError('value', `${at}“${parsed.text.trim()}”是文本格式的数字：请改为数值`);
      }
      return excelError('value', `${at}“${parsed.text.trim()}”不是数字`);
    }
  }
  return numbers;
}
