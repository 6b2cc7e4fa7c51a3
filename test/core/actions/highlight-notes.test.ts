import { highlightMarks, MAX_NOTE_CHARS } from '../../../src/core/actions/highlights';
import type { Finding } from '../../../src/core/findings/types';

const finding = (rule: string, cells: string[], zh: string, en: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: rule as Finding['rule'],
  severity,
  sheet: 'Sheet1',
  cells,
  message: { zh, en },
  why: { zh: '', en: '' },
  how: { zh: '', en: '' },
});

describe('highlight notes', () => {
  const findings = [
    finding('PERF012', ['I21'], '得分应为 2.62，填报 2.63', 'Score should be 2.62, stated 2.63'),
    finding('PERF020', ['I21', 'G21'], '权重 2.63 可能有误', 'Weight 2.63 may be wrong', 'warning'),
    finding('PERF020', ['I21'], '权重 2.63 可能有误', 'Weight 2.63 may be wrong', 'warning'),
  ];

  it('gives each cell one note: every finding naming it, "PERF:" and the rule id, in the pane language', () => {
    const zh = highlightMarks(findings, { notes: 'zh' });
    expect(zh.find((m) => m.address === 'I21')).toEqual({
      sheet: 'Sheet1',
      address: 'I21',
      severity: 'error',
      note: 'PERF: PERF012 得分应为 2.62，填报 2.63\nPERF: PERF020 权重 2.63 可能有误',
    });
    expect(zh.find((m) => m.address === 'G21')?.note).toBe('PERF: PERF020 权重 2.63 可能有误');
    const en = highlightMarks(findings, { notes: 'en' });
    expect(en.find((m) => m.address === 'I21')?.note).toBe('PERF: PERF012 Score should be 2.62, stated 2.63\nPERF: PERF020 Weight 2.63 may be wrong');
  });

  it('has no notes unless asked, and cuts a very long note', () => {
    expect(highlightMarks(findings).every((m) => !('note' in m))).toBe(true);
    const many = Array.from({ length: 40 }, (_, i) => finding('PERF012', ['A1'], `第 ${i} 条很长的说明`.repeat(5), 'x'));
    const note = highlightMarks(many, { notes: 'zh' })[0].note!;
    expect(note.length).toBe(MAX_NOTE_CHARS);
    expect(note.endsWith('…')).toBe(true);
  });
});
