// A readable serialisation of a Recognition for golden files: one line per field, address first.
//   value:  'F7: 100'   'H16: 100% {fmt 0%}'   'E12: >=21933 人 "…"'   'F31: "优"'   'G9: (empty)'
//   text:   'B7: 全年预算执行率'
// Decimals are strings; flags in braces say how the cell is written (dp, fmt, formula, text number).
import type {
  BlockLabel, BudgetBlock, ColumnInfo, GoalsBlock, HeaderBlock, Indicator, IndicatorTable, Recognition,
  TextField, TotalRow, ValueField,
} from '../../../src/core/model/types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<', qual: '定性' };

export function textOf(f: TextField | undefined): string | undefined {
  if (!f) return undefined;
  const written = typeof f.raw === 'string' && f.raw.trim() !== f.text ? ` {written "${f.raw}"}` : '';
  const formula = f.formula ? ` {formula ${f.formula}}` : '';
  return `${f.ref.address}: ${f.text}${written}${formula}`;
}

export function valueOf(f: ValueField | undefined): string | undefined {
  if (!f) return undefined;
  let body: string;
  if (f.kind === 'number') {
    body = `${f.op ? OPS[f.op] : ''}${f.number?.toString()}${f.percent ? '%' : ''}${f.unit ? ` ${f.unit}` : ''}`;
  } else if (f.kind === 'error') body = `error ${f.error}`;
  else if (f.kind === 'empty') body = f.text ? `(empty "${f.text}")` : '(empty)';
  else body = `"${f.text}"`;
  const flags: string[] = [];
  if (f.kind === 'text' && f.op) flags.push(`op ${OPS[f.op]}`);
  if (f.kind === 'number' && typeof f.raw === 'string' && f.text !== body) flags.push(`text "${f.text}"`);
  if (f.numberAsText) flags.push('number as text');
  if (f.numFmt) flags.push(`fmt ${f.numFmt}`);
  if (f.decimals !== undefined) flags.push(`dp ${f.decimals}`);
  if (f.formula) flags.push(`formula ${f.formula}`);
  return `${f.ref.address}: ${body}${flags.map((x) => ` {${x}}`).join('')}`;
}

function compact(record: Record<string, Json | undefined>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

function columns(cols: IndicatorTable['columns']): Json {
  const out: { [key: string]: Json } = {};
  for (const [field, info] of Object.entries(cols) as Array<[string, ColumnInfo]>) {
    out[field] = `${info.letter} (${info.headerRef.address}: ${info.header.replace(/\n/g, '\\n')})`;
  }
  return out;
}

function header(h: HeaderBlock): Json {
  const fields: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(h.fields)) fields[k] = textOf(v) ?? null;
  return compact({ title: textOf(h.title), fields, statedTotal: valueOf(h.statedTotal) });
}

function budget(b: BudgetBlock | undefined): Json | undefined {
  if (!b) return undefined;
  return compact({
    range: b.range,
    label: textOf(b.label),
    statedWeight: b.statedWeight?.toString(),
    unit: b.unit,
    rows: b.rows.map((r) =>
      compact({
        label: textOf(r.label),
        isTotal: r.isTotal,
        group: textOf(r.group),
        initial: valueOf(r.initial),
        budget: valueOf(r.budget),
        spent: valueOf(r.spent),
        weight: valueOf(r.weight),
        rate: valueOf(r.rate),
        score: valueOf(r.score),
        note: textOf(r.note),
      }),
    ),
  });
}

function goals(g: GoalsBlock | undefined): Json | undefined {
  if (!g) return undefined;
  return compact({ range: g.range, initial: textOf(g.initial), adjusted: textOf(g.adjusted), achieved: textOf(g.achieved) });
}

function block(b: BlockLabel): Json {
  return compact({
    label: textOf({ text: b.label, raw: b.label, ref: b.ref }),
    kind: b.kind,
    statedWeight: b.statedWeight?.toString(),
    rows: `${b.firstRow}-${b.lastRow}`,
  });
}

function indicator(i: Indicator): Json {
  return compact({
    row: i.row,
    goalBlock: i.goalBlock,
    block: i.block,
    level1: textOf(i.level1),
    level2: textOf(i.level2),
    name: textOf(i.name),
    unit: textOf(i.unit),
    opCell: textOf(i.opCell),
    op: i.op ? `${OPS[i.op]} from ${i.opSource}` : undefined,
    qualitative: i.qualitative || undefined,
    applicable: i.applicable ? undefined : false,
    target: valueOf(i.target),
    initialTarget: valueOf(i.initialTarget),
    actual: valueOf(i.actual),
    weight: valueOf(i.weight),
    coefficient: valueOf(i.coefficient),
    score: valueOf(i.score),
    note: textOf(i.note),
    criteria: textOf(i.criteria),
  });
}

function total(t: TotalRow | undefined): Json | undefined {
  if (!t) return undefined;
  return compact({ row: t.row, label: textOf(t.label), weight: valueOf(t.weight), score: valueOf(t.score), grade: textOf(t.grade) });
}

function table(t: IndicatorTable): Json {
  return compact({
    sheet: t.sheet,
    range: t.range,
    indicatorRange: t.indicatorRange,
    family: t.family,
    headerRows: t.headerRows.slice(),
    columns: columns(t.columns),
    missingColumns: t.missingColumns.slice(),
    header: header(t.header),
    budget: budget(t.budget),
    goals: goals(t.goals),
    blocks: t.blocks.map(block),
    section: t.section ? `${t.section.label.ref.address}: ${t.section.label.text} = ${t.section.statedWeight.toString()}` : undefined,
    indicators: t.indicators.map(indicator),
    emptyCategories: t.emptyCategories?.map((c) => compact({ row: c.row, level1: textOf(c.level1), level2: textOf(c.level2), note: textOf(c.note) })),
    skippedRows: t.skippedRows?.map((r) => compact({ row: r.row, kind: r.kind, name: textOf(r.name) })),
    total: total(t.total),
    explanation: textOf(t.explanation),
    remarks: textOf(t.remarks),
  });
}

export function serialiseRecognition(recognition: Recognition): Json {
  return { tables: recognition.tables.map(table) };
}
