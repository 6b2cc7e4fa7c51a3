// PERF005: an operator written with a look-alike glyph (≧ ≦ ═ ﹦ ＝ ＞＝ ＜＝ …). Scoring reads it
// correctly, but the submitted form should use ≥ ≤ =. Words (大于等于) and ASCII '>=' are legitimate
// forms and stay silent. One finding per table; the fix writes the same texts with the standard glyphs.
import type { CellChange, Rule } from '../findings/types';
import type { TextField, ValueField } from '../model/types';
import { change, finding } from './support/finding';
import { plural } from '../findings/english';

/** Pairs first ('＞＝' is one operator), then single glyphs. ASCII '>=' / '<=' never match. */
const LOOK_ALIKE = /[＞>][＝]|＞=|[＜<][＝]|＜=|[≧⩾≦⩽═﹦＝﹥﹤]/g;

function standardOf(glyph: string): string {
  const first = glyph.charAt(0);
  if (glyph.length === 2) return first === '＞' || first === '>' ? '≥' : '≤';
  if (first === '≧' || first === '⩾') return '≥';
  if (first === '≦' || first === '⩽') return '≤';
  if (first === '﹥') return '>';
  if (first === '﹤') return '<';
  return '=';
}

function standardised(text: string): string {
  return text.replace(LOOK_ALIKE, standardOf);
}

/** A text cell holding an operator, with the look-alike glyphs it uses. */
interface Hit {
  readonly cell: TextField | ValueField;
  readonly raw: string;
  readonly glyphs: readonly string[];
}

function hitOf(cell: TextField | ValueField | undefined): Hit | undefined {
  // A formula's text is not written by hand: it is left alone.
  if (!cell || typeof cell.raw !== 'string' || cell.formula !== undefined) return undefined;
  const glyphs = cell.raw.match(LOOK_ALIKE);
  return glyphs ? { cell, raw: cell.raw, glyphs } : undefined;
}

export const PERF005: Rule = {
  id: 'PERF005',
  severity: 'warning',
  title: { zh: '比较符使用了形近字符', en: 'Operator written with a look-alike glyph' },
  why: {
    zh: '“≧”“═”“＝”等字符看起来像比较符，但不是标准的 ≥ ≤ =：报送和汇总时可能被读错或被退回。',
    en: 'Glyphs such as ≧, ═ or ＝ look like operators but are not the standard ≥ ≤ =: collection and summaries may misread them or send the form back.',
  },
  how: {
    zh: '改用标准比较符 ≥ ≤ =（可一键替换）。',
    en: 'Use the standard operators ≥ ≤ = (one click replaces them).',
  },
  check({ table }) {
    const hits: Hit[] = [];
    for (const i of table.indicators) {
      for (const cell of [i.opCell, i.initialTarget, i.target]) {
        const hit = hitOf(cell);
        if (hit) hits.push(hit);
      }
    }
    if (hits.length === 0) return [];
    const glyphs = [...new Set(hits.flatMap((h) => h.glyphs))];
    const found = glyphs.join(' ');
    const expected = [...new Set(glyphs.map(standardOf))].join(' ');
    const pairs = glyphs.map((g) => `${g} → ${standardOf(g)}`).join('，');
    const pairsEn = glyphs.map((g) => `${g} → ${standardOf(g)}`).join(', ');
    const cells = hits.map((h) => h.cell.ref.address);
    const shownCells = cells.length > 6 ? `${cells.slice(0, 6).join('、')} 等` : cells.join('、');
    const shownCellsEn = cells.length > 6 ? `${cells.slice(0, 6).join(', ')} and more` : cells.join(', ');
    const changes: CellChange[] = hits.map((h) => change(table.sheet, h.cell, standardised(h.raw)));
    return [
      finding(PERF005, table, {
        cells,
        message: {
          zh: `${cells.length} 个单元格的比较符使用了形近字符（${pairs}）：${shownCells}`,
          en: `${plural(cells.length, 'cell')} ${cells.length === 1 ? 'writes' : 'write'} the operator with a look-alike glyph (${pairsEn}): ${shownCellsEn}`,
        },
        // expected/found carry decimal figures only (DESIGN.md §5): the glyphs are in the message and the fix.
        fix: {
          description: {
            zh: `把 ${cells.length} 个单元格中的 ${found} 改为标准比较符 ${expected}`,
            en: `Replace ${found} with the standard ${expected} in ${plural(cells.length, 'cell')}`,
          },
          changes,
        },
      }),
    ];
  },
};
