// docs/rules.md lists the whole catalogue: every registered rule with its severity, nothing else, and
// marks the ids that extend DESIGN.md §4.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/rules';

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
const rows = [...doc.matchAll(/^\| (PERF\d{3})( \*\*ext\*\*)? \| (error|warning|info) \|/gm)].map((m) => ({ id: m[1], ext: m[2] !== undefined, severity: m[3] }));

describe('docs/rules.md', () => {
  it('has one row per registered rule, in id order, with its severity', () => {
    expect(rows.map((r) => `${r.id} ${r.severity}`)).toEqual(RULES.map((r) => `${r.id} ${r.severity}`));
  });

  it('marks exactly the ids that extend DESIGN.md §4', () => {
    expect(rows.filter((r) => r.ext).map((r) => r.id)).toEqual(['PERF005', 'PERF034', 'PERF035', 'PERF036', 'PERF055', 'PERF065']);
  });

  it('names the profile settings the extensions added', () => {
    expect(doc).toContain('`budgetAdjustmentShare`');
    expect(doc).toContain('`weightConcentrationShare`');
  });
});
