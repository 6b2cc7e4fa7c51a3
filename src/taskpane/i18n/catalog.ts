// Every text the pane shows, Chinese first then English. Components take texts from here only;
// finding texts come from the findings themselves, cell text is shown as text.
import type { Finding, Message, RuleId, Severity } from '../../core/findings/types';
import type { Family } from '../../core/model/types';
import type { RowStep } from '../../core/actions/row-story';
import { LOOKED_FOR_HEADERS, type Verdict } from '../../core/report/verdict';

const m = (zh: string, en: string): Message => ({ zh, en });

/** An English count with its noun: 1 cell, 2 cells; 1 fix, 2 fixes (one helper for core and pane). */
export { plural } from '../../core/findings/english';
import { familyName, gradeGloss, gradeMeaning, plural } from '../../core/findings/english';




export const text = {
  appTitle: m('绩效自评表校验', 'Performance self-evaluation check'),
  validate: m('提交前校验', 'Check before submitting'),
  validateAgain: m('重新校验', 'Validate again'),
  cancel: m('取消', 'Cancel'),
  close: m('关闭', 'Close'),
  reading: (done: number, total: number, sheet?: string) =>
    m(
      `正在读取工作表 ${done}/${total}${sheet ? `：${sheet}` : ''}`,
      `Reading sheet ${done} of ${total}${sheet ? `: ${sheet}` : ''}`,
    ),
  readingStart: m('正在读取工作簿…', 'Reading the workbook…'),
  checking: m('正在校验…', 'Checking…'),
  writing: m('正在写入…', 'Writing…'),
  cancelled: m('已取消校验，工作簿未改变。', 'The check was cancelled; the workbook is unchanged.'),
  emptyState: m(
    '点击“提交前校验”检查本工作簿中的绩效自评表：权重合计、得分计算、总分与等级、说明是否齐全。',
    'Click "Check before submitting" to check the self-evaluation tables in this workbook: weight totals, scores, totals and grades, explanations.',
  ),
  stale: m('设置已更改，请重新校验。', 'Settings changed: validate again.'),
  passed: m('通过', 'Passed'),
  failed: m('未通过', 'Not passed'),
  verdict: {
    passed: m('通过', 'Passed'),
    failed: m('未通过', 'Not passed'),
    'no-table': m('未找到绩效指标表', 'No indicator table found'),
  } as Readonly<Record<Verdict, Message>>,
  resultLabel: (verdict: Verdict) =>
    verdict === 'passed'
      ? m('校验结果：通过', 'Result: passed')
      : verdict === 'failed'
        ? m('校验结果：未通过', 'Result: not passed')
        : m('校验结果：未找到绩效指标表', 'Result: no indicator table found'),
  noTableLooksFor: m(
    `本工作簿中没有识别出绩效指标表，因此没有校验任何内容。PERF 按表头查找：${LOOKED_FOR_HEADERS.zh.join('、')}。`,
    `No indicator table was recognised in this workbook, so nothing was checked. PERF looks for a header row with: ${LOOKED_FOR_HEADERS.en.join(', ')}.`,
  ),
  noTableWhatToDo: m(
    '请确认打开的是填好的绩效自评表，且表头一行写有上述列名（合并单元格也可以），然后重新校验。',
    'Make sure this is the filled-in self-evaluation form and that one header row names these columns (merged cells are fine), then check again.',
  ),
  checkedWith: (profile: Message) => m(`评分配置：${profile.zh}`, `Scoring profile: ${profile.en}`),
  severity: {
    error: m('错误', 'Errors'),
    warning: m('警告', 'Warnings'),
    info: m('提示', 'Tips'),
  } as Readonly<Record<Severity, Message>>,
  severityHeading: (severity: Message, n: number) => m(`${severity.zh}（${n}）`, `${severity.en} (${n})`),
  countOf: (severity: Message, n: number) => m(`${severity.zh} ${n}`, `${severity.en}: ${n}`),
  noTables: m('未找到绩效自评表（指标表）。', 'No self-evaluation (indicator) table was found.'),
  noFindings: m('没有发现问题。', 'No issues found.'),

  // Table summary
  tablesHeading: m('表格', 'Tables'),
  tableHeading: (sheet: string, range: string) => m(`${sheet}!${range}`, `${sheet}!${range}`),
  family: m('类型', 'Family'),
  familyValue: (family: Family) => familyName(family),
  gradeValue: (grade: string) => m(grade, gradeGloss(grade)),
  indicators: m('指标数', 'Indicators'),
  weightSum: m('权重合计', 'Weight sum'),
  expected: (value: string) => m(`应为 ${value}`, `expected ${value}`),
  statedTotal: m('填报总分', 'Stated total'),
  computedTotal: m('计算总分', 'Computed total'),
  none: m('未填', 'not filled in'),
  grade: m('等级', 'Grade'),
  statedGrade: (grade: string) => m(`（表中填 ${grade}）`, ` (the form says ${gradeMeaning(grade) ? `${grade}, ${gradeMeaning(grade)}` : grade})`),
  chartAll: m('全部指标', 'All indicators'),
  chartBudget: m('预算执行', 'Budget execution'),
  chartRow: (label: string, score: string, weight: string, computed?: string) =>
    m(
      `${label}：得分 ${score} / 权重 ${weight}${computed !== undefined && computed !== score ? `（计算得分 ${computed}）` : ''}`,
      `${label}: score ${score} of ${weight}${computed !== undefined && computed !== score ? ` (computed ${computed})` : ''}`,
    ),
  chartLegendBar: m('填报得分 / 权重', 'stated score / weight'),
  chartLegendShort: m('低于权重', 'below the weight'),
  chartLegendTick: m('计算得分', 'computed score'),
  chartSummary: (rows: readonly Message[]) =>
    m(`各类指标得分与权重：${rows.map((r) => r.zh).join('；')}`, `Score vs weight by block: ${rows.map((r) => r.en).join('; ')}`),
  fixAllLabel: (n: number) => m(`修正全部确定问题（${n} 处）`, `Fix all certain issues (${plural(n, 'fix', 'fixes')})`),
  insertFormulas: m('插入公式', 'Insert formulas'),
  insertFormulasHint: m('把得分列改为 =PERF.SCORE(…) 公式', 'Turn the score column into =PERF.SCORE(…) formulas'),

  // Findings
  findingsHeading: m('问题', 'Findings'),
  exportFindingsCsv: m('导出问题清单（CSV）', 'Export findings (CSV)'),
  exportFindingsXlsx: m('导出问题清单（xlsx）', 'Export findings (xlsx)'),
  ruleGroup: (rule: RuleId, title: Message | undefined, n: number) =>
    m(`${rule}${title ? ` ${title.zh}` : ''}（${n}）`, `${rule}${title ? ` ${title.en}` : ''} (${n})`),
  goToCell: (ref: string) => m(`定位到 ${ref}`, `Go to ${ref}`),
  tableWideRef: (sheet: string) => m(`${sheet}（整表）`, `${sheet} (whole table)`),
  whyHow: m('原因与修改方法', 'Why and how to fix'),
  why: (why: Message) => m(`原因：${why.zh}`, `Why: ${why.en}`),
  how: (how: Message) => m(`修改方法：${how.zh}`, `How to fix: ${how.en}`),
  expectedFound: (expected?: string, found?: string) =>
    m(`期望 ${expected ?? '—'}，实际 ${found ?? '—'}`, `expected ${expected ?? '—'}, found ${found ?? '—'}`),
  fixOne: m('修正…', 'Fix…'),
  review: m('已复核 / 忽略…', 'Reviewed / ignore…'),

  rowStoriesHeading: (n: number) =>
    m(`同一行有多个问题（${n} 行）：先改哪个`, n === 1 ? 'One row with several findings: what to fix first' : `${n} rows with several findings: what to fix first`),
  rowStory: (sheet: string, row: number, n: number) => m(`${sheet} 第 ${row} 行：${n} 个问题`, `${sheet} row ${row}: ${plural(n, 'finding')}`),
  rowStep: {
    row: m('先确认本行是否应计分：', 'First, does the row belong: '),
    value: m('再核对数值：', 'Then check the value: '),
    score: m('然后改得分：', 'Then the score: '),
    text: m('最后改文字：', 'Last, the wording: '),
  } as Readonly<Record<RowStep, Message>>,
  rowStepRule: (rule: RuleId, title: Message | undefined) =>
    m(`${title ? title.zh : ''}（${rule}）`, `${title ? title.en : ''} (${rule})`),

  navLabel: m('逐个查看问题', 'Step through the findings'),
  previous: m('上一个', 'Previous'),
  next: m('下一个', 'Next'),
  navTotal: (n: number) => m(`共 ${n} 个（Alt+↓ 下一个）`, `${plural(n, 'finding')} (Alt+↓ for the next)`),
  navPosition: (i: number, n: number) => m(`第 ${i} / ${n} 个`, `${i} of ${n}`),

  autoHubeiTitle: m('已按湖北评分配置校验', 'Checked with the Hubei profile'),
  autoHubeiWhy: m(
    '此表是湖北版式（预算执行 20 分，按“年度绩效目标”分块），设置中的全国配置按 10 分预算执行计分，会误报。',
    'This is a Hubei form (a 20-point budget block, blocks by annual performance goal); the national profile chosen in Settings scores budget execution out of 10 and would report false errors.',
  ),
  useNational: m('改用全国配置', 'Use the national profile'),

  // Actions
  actionsHeading: m('操作', 'Actions'),
  fixAll: (n: number) => m(`修正全部确定问题（${n}）`, `Fix all certain issues (${n})`),
  highlight: m('高亮问题单元格', 'Highlight cells'),
  clearHighlights: m('清除高亮', 'Clear highlights'),
  highlightNotes: m('同时写入批注', 'Add notes'),
  highlightNotesHint: m(
    '高亮时在每个问题单元格写入批注（“PERF:”、规则编号和问题说明）；已有批注的单元格不写；清除高亮只删除 PERF 写入且未被修改的批注。',
    'When highlighting, add a note to each flagged cell ("PERF:", the rule id and the finding); a cell that already has a note is left alone; Clear highlights deletes only the notes PERF added and nobody edited.',
  ),
  undo: m('撤销', 'Undo'),
  undoWhat: (label: Message) => m(`撤销：${label.zh}`, `Undo: ${label.en}`),
  exportReport: m('导出报告', 'Export report'),
  live: m('实时复查', 'Live re-check'),
  liveHint: m('编辑后自动复查所在工作表', 'Re-check the edited sheet after each edit'),
  showReviewed: (n: number) => m(`显示已复核 / 忽略（${n}）`, `Show reviewed / ignored (${n})`),
  reviewedHeading: m('已复核 / 忽略', 'Reviewed / ignored'),
  /** A reviewed mark's line: who (where the host could tell) and when (where recorded) marked it, and why. */
  reviewedLine: (reason: string, by?: string, when?: string) =>
    by && when ? m(`${by} 于 ${when} 标记为已复核：${reason}`, `Marked reviewed by ${by} on ${when}: ${reason}`)
    : by ? m(`${by} 标记为已复核：${reason}`, `Marked reviewed by ${by}: ${reason}`)
    : when ? m(`${when} 标记为已复核：${reason}`, `Marked reviewed on ${when}: ${reason}`)
    : m(`理由：${reason}`, `Reason: ${reason}`),
  unreview: m('恢复', 'Restore'),

  perfFormulasTitle: (n: number) =>
    m(`本工作簿有 ${n} 个 PERF 公式`, n === 1 ? 'This workbook holds 1 PERF formula' : `This workbook holds ${n} PERF formulas`),
  perfFormulasBody: m(
    '没有安装 PERF 加载项的电脑（如财政局审核人员）打开时会显示 #NAME?。提交前请“转为数值”：按表中的小数位写入数值，可撤销。',
    'On a computer without the PERF add-in (a reviewer’s) they show #NAME?. Before handing it in, turn them into values at the table’s decimals; you can undo it.',
  ),
  toValues: m('转为数值', 'Turn into values'),
  valuesTitle: m('PERF 公式转为数值', 'Turn PERF formulas into values'),

  // Dialogs
  fixTitle: m('修正预览', 'Preview the fix'),
  formulaTitle: m('插入公式预览', 'Preview the formulas'),
  allFixesTitle: m('修正全部确定问题', 'Fix all certain issues'),
  previewIntro: (n: number) => m(`将在一次操作中写入 ${n} 个单元格，可撤销。`, `${plural(n, 'cell')} will be written in one batch; you can undo it.`),
  cell: m('单元格', 'Cell'),
  oldValue: m('原值', 'Current'),
  newValue: m('新值', 'New'),
  empty: m('（空）', '(empty)'),
  skippedHeading: (n: number) => m(`未改动的行（${n}）`, n === 1 ? 'Row left as it is (1)' : `Rows left as they are (${n})`),
  skippedRow: (row: number, reason: Message) => m(`第 ${row} 行：${reason.zh}`, `Row ${row}: ${reason.en}`),
  conflicts: (n: number) => m(`${n} 个修正写入同一单元格但数值不同，已跳过，请逐个处理。`, n === 1 ? '1 fix writes a value another fix contradicts and was left out; handle it by hand.' : `${n} fixes write different values into the same cells and were left out; handle them one by one.`),
  becauseOf: (rule: RuleId, message: Message) => m(`${rule}：${message.zh}`, `${rule}: ${message.en}`),
  questionedHeading: (n: number) =>
    m(`未列入：本行另有问题质疑其依据（${n} 处）`, n === 1 ? 'Left out: another finding on its row questions what it relies on (1)' : `Left out: other findings on their rows question what they rely on (${n})`),
  questionedSelf: m('注意：本行另有问题质疑这个修正的依据，建议先处理：', 'Careful: other findings on this row question what this fix relies on; consider them first:'),
  questionedItem: (finding: Finding, by: readonly Finding[]) =>
    m(
      `${finding.cells[0] ?? finding.sheet} ${finding.fix?.description.zh ?? finding.rule}——${by.map((f) => `${f.rule}（${f.cells[0] ?? f.sheet}）`).join('、')}`,
      `${finding.cells[0] ?? finding.sheet} ${finding.fix?.description.en ?? finding.rule} — ${by.map((f) => `${f.rule} (${f.cells[0] ?? f.sheet})`).join(', ')}`,
    ),
  nothingToWrite: m('没有需要写入的单元格。', 'There is nothing to write.'),
  apply: m('应用', 'Apply'),
  reviewTitle: m('已复核 / 忽略', 'Reviewed / ignore'),
  reviewIntro: m('说明为什么这条问题可以接受。理由保存在工作簿中，以后每次校验都会沿用。', 'Say why this finding is acceptable. The reason is kept in the workbook and honoured on every check.'),
  reviewIntroPage: m(
    '说明为什么这条问题可以接受。理由只保存在当前页面中，关闭页面后不再保留，也不会写入下载的文件。',
    'Say why this finding is acceptable. The reason is kept in this page only: it is gone when the page closes and is not written into the downloaded file.',
  ),
  reviewIntroDownload: m(
    '说明为什么这条问题可以接受。理由写入下载的文件，重新打开该文件时仍在；不下载则关闭页面后不再保留。',
    'Say why this finding is acceptable. The reason is written into the downloaded file and is there when you open it again; without a download it is gone when the page closes.',
  ),
  reviewBy: (name: string) => m(`标记署名：${name}（本程序中设置的用户名）。`, `Signed as ${name} (the user name set in this program).`),
  checkedAt: (time: string) => m(`已校验 ${time}`, `Checked at ${time}`),
  reviewRule: m('全部忽略…', 'Ignore all…'),
  reviewRuleLabel: (rule: RuleId, n: number) => m(`全部忽略 ${rule} 的 ${n} 个问题…`, n === 1 ? `Ignore the 1 ${rule} finding…` : `Ignore all ${n} ${rule} findings…`),
  reviewRuleIntro: (rule: RuleId, n: number) =>
    m(
      `${rule} 的全部 ${n} 个问题将以同一理由标为已复核 / 忽略。`,
      n === 1 ? `The 1 ${rule} finding will be marked reviewed / ignored with this reason.` : `All ${n} ${rule} findings will be marked reviewed / ignored with one reason.`,
    ),
  reason: m('理由', 'Reason'),
  reasonRequired: m('请填写理由。', 'Please give a reason.'),
  save: m('保存', 'Save'),

  // Outcomes
  written: (n: number) => m(`已写入 ${n} 个单元格。`, `${plural(n, 'cell')} written.`),
  undone: (label: Message) => m(`已撤销：${label.zh}`, `Undone: ${label.en}`),
  /**
   * What an undo put back, cell by cell: 已撤销：I21 恢复为 2.63。 A batch names itself, then its first
   * three cells and how many more.
   */
  restored: (label: Message, cells: ReadonlyArray<{ readonly address: string; readonly shown: string }>) => {
    const first = cells.slice(0, 3);
    const more = cells.length - first.length;
    const zh = first.map((c) => `${c.address} 恢复为 ${c.shown || '（空）'}`).join('，');
    const en = first.map((c) => `${c.address} restored to ${c.shown || '(empty)'}`).join(', ');
    if (cells.length === 1) return m(`已撤销：${zh}。`, `Undone: ${en}.`);
    return m(
      `已撤销“${label.zh}”：${zh}${more > 0 ? `，另有 ${more} 个单元格已恢复` : ''}。`,
      `Undone "${label.en}": ${en}${more > 0 ? `, and ${plural(more, 'more cell')} restored` : ''}.`,
    );
  },
  highlighted: (n: number) => m(`已高亮 ${n} 个单元格，原底色已保存在工作簿中。`, `${plural(n, 'cell')} highlighted; ${n === 1 ? 'its original fill is' : 'their original fills are'} saved in the workbook.`),
  notesAdded: (n: number) => m(`写入批注 ${n} 个。`, `${plural(n, 'note')} added.`),
  notesRemoved: (n: number) => m(`删除 PERF 批注 ${n} 个。`, `${plural(n, 'PERF note')} deleted.`),
  cleared: (n: number) => m(`已清除高亮，恢复了 ${n} 个单元格的原底色。`, `Highlights cleared; ${plural(n, 'original fill')} restored.`),
  exported: (sheet: string) => m(`已生成工作表「${sheet}」。`, `Created the sheet "${sheet}".`),
  writeRefused: m('未写入任何内容', 'Nothing was written'),
  operationFailed: (detail: string) => m(`操作失败：${detail}`, `The operation failed: ${detail}`),
  coreUnavailable: (detail: string) =>
    m(
      `校验引擎未能载入（${detail}）。请检查网络连接后再点“提交前校验”；仍不行请关闭并重新打开窗格。`,
      `The checking engine could not be loaded (${detail}). Check the connection and click “Check before submitting” again; if it still fails, close and reopen the pane.`,
    ),
  liveUnavailable: m('此环境不支持实时复查。', 'Live re-check is not available here.'),

  // Settings
  settings: m('设置', 'Settings'),
  profile: m('评分配置', 'Scoring profile'),
  profileNational: m('全国（财预〔2020〕10号）', 'National (2020 MoF rules)'),
  profileHubei: m('湖北', 'Hubei'),
  profileCustom: m('自定义（JSON）', 'Custom (JSON)'),
  customJson: m('自定义配置 JSON', 'Custom profile JSON'),
  customHint: m('粘贴 JSON，或从文件载入；可用 "extends": "national" 只改部分字段。', 'Paste JSON or load a file; "extends": "national" lets you change only some fields.'),
  loadFile: m('从文件载入', 'Load from file'),
  applyProfile: m('使用此配置', 'Use this profile'),
  profileLoaded: (label: string) => m(`已使用配置「${label}」。`, `Using profile "${label}".`),
  notJson: (detail: string) => m(`不是有效的 JSON：${detail}`, `Not valid JSON: ${detail}`),
  fileUnreadable: m('无法读取该文件。', 'The file could not be read.'),
  storedProfileUnusable: (reason?: Message) =>
    m(
      `上次使用的自定义评分配置已不可用，本次改用全国配置${reason ? `（${reason.zh}）` : ''}。可在“设置”中重新载入。`,
      `Last session's custom scoring profile can no longer be used; the national profile applies${reason ? ` (${reason.en})` : ''}. Load it again in Settings.`,
    ),
  noProfile: m('请先在“设置”中载入自定义评分配置。', 'Load the custom scoring profile in Settings first.'),
  expectedTotal: m('应得总分（权重合计）', 'Expected total (weight sum)'),
  expectedTotalInvalid: m('请输入大于 0 的数字，如 100。', 'Enter a number above 0, such as 100.'),
  language: m('语言', 'Language'),
  chinese: m('中文', '中文 (Chinese)'),
  english: m('English（英文）', 'English'),

  // A header row named from the selection
  useSelectedHeader: m('以选中行为表头重新校验', 'Use the selected row as the header'),
  useSelectedHeaderHint: m(
    '先在表格中点选表头那一行的任一单元格，再点此按钮：PERF 以该行为表头识别指标表并重新校验。',
    'Click any cell of the header row in the sheet first, then this button: PERF reads the table under that row and checks again.',
  ),
  headerRowHeading: m('表头行', 'Header row'),
  noSelection: m(
    '没有读到选中的单元格：请先在表格中选中表头所在行的一个单元格，再点“以选中行为表头重新校验”。',
    'No selected cell could be read: select a cell in the header row first, then click "Use the selected row as the header".',
  ),
  headerRowInUse: (sheet: string, row: number) =>
    m(`表头：工作表“${sheet}”第 ${row} 行（按选中行识别）`, `Header: row ${row} of sheet "${sheet}" (from your selection)`),
  headerRowFound: (sheet: string, row: number, tables: number) =>
    m(
      `已以工作表“${sheet}”第 ${row} 行为表头，识别出 ${tables} 张指标表并完成校验。`,
      `Row ${row} of sheet "${sheet}" read as the header: ${plural(tables, 'indicator table')} found and checked.`,
    ),
  clearHeaderRow: m('不再指定表头', 'Stop using this header row'),

  // What the pane is waiting for (the running command's button shows a spinner)
  working: {
    validate: m('正在校验…', 'Checking…'),
    apply: m('正在写入修改…', 'Writing the changes…'),
    fixAll: m('正在写入全部确定修改…', 'Writing all certain fixes…'),
    undo: m('正在撤销上一次修改…', 'Undoing the last change…'),
    highlight: m('正在为问题单元格标色…', 'Colouring the flagged cells…'),
    clearHighlights: m('正在清除标色…', 'Clearing the colours…'),
    export: m('正在添加“校验报告”工作表…', 'Adding the report sheet…'),
    review: m('正在保存复核标记…', 'Saving the reviewed marks…'),
    header: m('正在以选中行为表头识别并校验…', 'Reading the table under the selected row and checking…'),
  } as const,
  workingWait: m('完成前其他命令暂不可用。', 'Other commands are unavailable until this finishes.'),
  busyStatus: m('进行中的操作', 'Command in progress'),

  // Outside Excel
  notInExcel: m(
    'PERF 需要在 Excel 中运行：请在 Excel 的“开始”选项卡中点击“绩效 › 打开面板”。',
    'PERF runs inside Excel: open it from Home › Performance › Open pane.',
  ),
};

export type Text = typeof text;
