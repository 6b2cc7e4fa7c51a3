// PERF054: template placeholders or instructions left in a cell: `≥**人`, `指标1：` with nothing
// after it, `……`, `（100字以内）` (patterns from the profile).
import type { Finding, Rule } from '../findings/types';
import type { IndicatorTable, TextField, ValueField } from '../model/types';
import type { Profile } from '../profile/types';
import { normalizeText } from '../scoring';
import { finding } from './support/finding';
import { inEnglish, quote } from './support/text';

const patternCache = new WeakMap<Profile, RegExp | null>();
/** Text that normalisation would change (full-width forms, spaces): only then test the normalised text too. */
const NEEDS_NORMALISING = /[\uFF01-\uFF5E\s\u3000]/;
/** A note that is only a number: '0', '0.0'. */
const NUMBER_ONLY = /^\s*[-+]?\d+(?:\.\d+)?\s*$/;

/** The profile's patterns as one alternation, so each cell costs one regex run. */
function pattern(profile: Profile): RegExp | null {
  let re = patternCache.get(profile);
  if (re === undefined) {
    const sources = (profile.placeholderPatterns ?? []).filter((source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false; // a profile is validated at load; a bad pattern here is skipped, not thrown
      }
    });
    re = sources.length > 0 ? new RegExp(sources.map((s) => `(?:${s})`).join('|')) : null;
    patternCache.set(profile, re);
  }
  return re;
}

/** Called with each text cell worth scanning, in reading order. */
type Visit = (text: string, address: string, row: number | undefined) => void;

/** Every text cell of the form worth scanning, once per address (levels are carried down many rows). */
function forEachCandidate(table: IndicatorTable, visit: Visit): void {
  const levels = new Set<string>();
  const add = (field: TextField | ValueField | undefined, row?: number) => {
    if (field && typeof field.raw === 'string') visit(field.raw, field.ref.address, row);
  };
  const addLevel = (field: TextField | undefined, row: number) => {
    if (!field || levels.has(field.ref.address)) return;
    levels.add(field.ref.address);
    add(field, field.ref.row === row ? row : undefined);
  };
  for (const field of Object.values(table.header.fields)) add(field);
  add(table.goals?.initial);
  add(table.goals?.adjusted);
  add(table.goals?.achieved);
  for (const block of table.blocks) {
    if (levels.has(block.ref.address)) continue;
    levels.add(block.ref.address);
    visit(block.label, block.ref.address, undefined);
  }
  for (const i of table.indicators) {
    addLevel(i.level1, i.row);
    addLevel(i.level2, i.row);
    add(i.name, i.row);
    add(i.unit, i.row);
    add(i.target, i.row);
    add(i.actual, i.row);
    add(i.note, i.row);
  }
  for (const row of table.budget?.rows ?? []) add(row.note, row.label.ref.row);
  add(table.explanation);
  add(table.remarks);
}

export const PERF054: Rule = {
  id: 'PERF054',
  severity: 'warning',
  title: { zh: '留有模板占位符或填表说明', en: 'Template placeholder left in a cell' },
  why: {
    zh: '“≥**人”“（100字以内）”等是模板的填写提示，留在表中说明该处没有按实际填写。',
    en: 'Texts such as "≥**人" or "（100字以内）" are the template\'s prompts; left in, they show the cell was never filled in.',
  },
  how: {
    zh: '删除占位符和提示语，填写实际内容（如把“≥**人”改为具体数值）。',
    en: 'Remove the prompt and write the real content (e.g. replace "≥**人" with the figure).',
  },
  check({ table, profile }) {
    const out: Finding[] = [];
    // A template row ("……", "指标2：") is not an indicator: one finding for the row, nothing else.
    for (const skipped of table.skippedRows ?? []) {
      if (skipped.kind !== 'template' || !skipped.name) continue;
      const text = quote(skipped.name.text, 16);
      out.push(
        finding(PERF054, table, {
          cells: [skipped.name.ref.address],
          row: skipped.row,
          message: {
            zh: `第 ${skipped.row} 行是模板留下的空行“${text}”，没有填写指标：删除该行或填写实际指标`,
            en: `Row ${skipped.row} is a template row "${text}" with no indicator: delete it or fill in a real indicator`,
          },
        }),
      );
    }
    // A bare number typed into the 说明 / 偏差原因 column ("0") fills the cell but says nothing.
    for (const i of table.indicators) {
      const note = i.note;
      if (!note || !NUMBER_ONLY.test(note.text)) continue;
      out.push(
        finding(PERF054, table, {
          cells: [note.ref.address],
          row: i.row,
          message: {
            zh: `说明栏只填了数字“${quote(note.text.trim(), 12)}”，不是原因说明`,
            en: `The note holds only the number "${quote(note.text.trim(), 12)}", not an explanation`,
          },
        }),
      );
    }
    const re = pattern(profile);
    if (!re) return out;
    forEachCandidate(table, (text, address, row) => {
      const m = re.exec(text) ?? (NEEDS_NORMALISING.test(text) ? re.exec(normalizeText(text)) : null);
      if (!m) return;
      const match = m[0] === '' ? text : m[0];
      const stars = /[★☆]+/.exec(text)?.[0];
      const starNote = stars ? { zh: `，另有星标“${stars}”`, en: ` and the stars "${stars}"` } : { zh: '', en: '' };
      out.push(
        finding(PERF054, table, {
          cells: [address],
          row,
          message: {
            zh: `单元格留有模板占位符“${quote(match.trim(), 16)}”${starNote.zh}：${quote(text, 40)}`,
            en: `The cell still holds the template placeholder "${quote(match.trim(), 16)}"${starNote.en}: ${inEnglish(quote(text, 40))}`,
          },
        }),
      );
    });
    return out;
  },
};
