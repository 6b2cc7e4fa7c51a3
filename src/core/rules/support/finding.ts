// Building findings and certain fixes: every finding carries the rule's texts, its table and cells.
import Decimal from 'decimal.js';
import type { CellChange, Finding, Fix, Message, Rule } from '../../findings/types';
import type { CellRef, IndicatorTable } from '../../model/types';
import type { CellValue } from '../../grid/types';

export type RuleInfo = Omit<Rule, 'check'>;

export interface FindingParts {
  /** A1 addresses; the first is the cell to select. */
  readonly cells: readonly string[];
  readonly row?: number;
  readonly message: Message;
  readonly expected?: string;
  readonly found?: string;
  readonly fix?: Fix;
}

/** A fix is offered only when every value it writes is a real number or a text. */
function writable(fix: Fix | undefined): boolean {
  return fix !== undefined && fix.changes.every((c) => typeof c.after.value === 'string' || Number.isFinite(c.after.value));
}

export function finding(rule: RuleInfo, table: IndicatorTable, parts: FindingParts): Finding {
  const cells = parts.cells.filter((c, i, all) => c !== '' && all.indexOf(c) === i);
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: table.sheet,
    cells: cells.length > 0 ? cells : [table.indicatorRange.split(':')[0]],
    ...(parts.row !== undefined ? { row: parts.row } : {}),
    table: table.range,
    message: parts.message,
    why: rule.why,
    how: rule.how,
    ...(parts.expected !== undefined ? { expected: parts.expected } : {}),
    ...(parts.found !== undefined ? { found: parts.found } : {}),
    ...(writable(parts.fix) ? { fix: parts.fix } : {}),
  };
}

/** A decimal as people write it: no exponent, no trailing zeros ('2.62', '100'). */
export function plain(value: Decimal): string {
  return value.toFixed();
}

/** A cell the fix writes: the value and formula it holds now travel with the change. */
export function change(
  sheet: string,
  cell: { readonly ref: CellRef; readonly raw: CellValue; readonly formula?: string },
  after: number | string,
): CellChange {
  return {
    sheet,
    address: cell.ref.address,
    before: cell.formula !== undefined ? { value: cell.raw, formula: cell.formula } : { value: cell.raw },
    after: { value: after },
  };
}

/** A number for a cell write (the host writes numbers, not decimal strings). */
export function cellNumber(value: Decimal): number {
  return Number(value.toFixed());
}

/**
 * One rule firing on most rows of a table for one reason (no operator column filled in, no unit
 * anywhere) is one problem: report it once for the table. At least three rows, and more than half of
 * the rows the rule looks at.
 */
export function isTableWide(flagged: number, considered: number): boolean {
  return flagged >= 3 && flagged * 2 > considered;
}

const ADDRESS = /^([A-Z]+)(\d+)$/;

/**
 * Addresses in reading order with runs of one column written as ranges:
 * ['D12', 'D13', 'D14', 'D17'] → ['D12:D14', 'D17'].
 */
export function compactCells(addresses: readonly string[]): string[] {
  const out: string[] = [];
  let col = '';
  let first = 0;
  let last = 0;
  const flush = () => {
    if (col !== '') out.push(first === last ? `${col}${first}` : `${col}${first}:${col}${last}`);
    col = '';
  };
  for (const address of addresses) {
    const m = ADDRESS.exec(address);
    if (!m) {
      flush();
      if (address !== '') out.push(address);
      continue;
    }
    const row = Number(m[2]);
    if (m[1] === col && row === last + 1) {
      last = row;
      continue;
    }
    flush();
    col = m[1];
    first = row;
    last = row;
  }
  flush();
  return out;
}
