// Every text the preview page shows around the pane, Chinese first then English. The pane keeps its
// own catalogue (src/taskpane/i18n); cell text and file names are shown as text, never as markup.
import type { Message } from '../core/findings/types';
import { plural } from '../taskpane/i18n/catalog';

const m = (zh: string, en: string): Message => ({ zh, en });

export const previewText = {
  title: m('PERF 预览：绩效自评表校验', 'PERF preview: self-evaluation table check'),
  privacy: m('文件只在本机浏览器中读取和修改，不会上传。', 'Files are read and changed in this browser only; nothing is uploaded.'),
  open: m('打开 .xlsx…', 'Open .xlsx…'),
  openLabel: m('选择要检查的 Excel 工作簿', 'Choose an Excel workbook to check'),
  download: m('下载修正后的工作簿', 'Download the corrected workbook'),
  downloadHint: (n: number) =>
    n === 0
      ? m('尚未修改任何单元格：下载的是原文件。', 'No cell changed yet: the download is the original file.')
      : m(`已修改 ${n} 个单元格；其他单元格、格式和合并保持原样。`, `${plural(n, 'cell')} changed; every other cell, format and merge is kept.`),
  downloaded: (name: string, n: number) => m(`已生成「${name}」（修改 ${n} 个单元格）。`, `Saved "${name}" (${plural(n, 'cell')} changed).`),
  downloadValues: m('转为数值并下载', 'Turn formulas into values and download'),
  formulasHint: (n: number) =>
    m(`含 ${n} 个 PERF 公式：没有加载项的电脑会显示 #NAME?，提交前请转为数值。`, `${n === 1 ? '1 PERF formula' : `${n} PERF formulas`}: without the add-in they show #NAME?; turn them into values before handing it in.`),
  downloadFailed: m('无法生成修正后的工作簿', 'The corrected workbook could not be made'),
  findingsExportFailed: m('无法生成问题清单', 'The findings list could not be made'),
  opening: (name: string) => m(`正在打开「${name}」…`, `Opening "${name}"…`),
  openFailed: (name: string) => m(`无法打开「${name}」`, `Cannot open "${name}"`),
  sampleFailed: m('无法载入示例工作簿', 'The sample workbook could not be loaded'),
  sampleName: m('示例：西永街道2022年度部门整体绩效自评表', 'Sample: Xiyong 2022 whole-department self-evaluation'),
  noFile: m('把 .xlsx 文件拖到此处，或点击“打开 .xlsx…”。', 'Drop an .xlsx file here, or click "Open .xlsx…".'),
  dropHere: m('松开鼠标即可打开此文件', 'Release to open this file'),
  oneFileOnly: m('一次只能打开一个文件：已打开第一个。', 'One file at a time: the first one was opened.'),
  dismiss: m('关闭', 'Dismiss'),
  sheets: m('工作表', 'Sheets'),
  hiddenSheet: m('（隐藏）', ' (hidden)'),
  sheetCounts: (error: number, warning: number, info: number) =>
    m(`错误 ${error}，警告 ${warning}，提示 ${info}`, `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'tip')}`),
  gridLabel: (sheet: string) => m(`工作表「${sheet}」的内容（只读）`, `Contents of sheet "${sheet}" (read-only)`),
  cellBarLabel: m('所选单元格', 'Selected cell'),
  cellBarEmpty: m('点击单元格查看完整内容；点击问题中的单元格链接可定位。', 'Click a cell to see all of it; a finding’s cell link goes there.'),
  emptySheet: m('此工作表为空。', 'This sheet is empty.'),
  columnsCapped: (shown: number, total: number) =>
    m(`此工作表有 ${total} 列，仅显示前 ${shown} 列（检查仍覆盖全部列）。`, `This sheet has ${total} columns; only the first ${shown} are drawn (the check covers all).`),
  rowsNote: (rows: number) => m(`共 ${rows.toLocaleString('zh-CN')} 行`, plural(rows, 'row').replace(/^\d+/, rows.toLocaleString('en-US'))),
  legend: m('底色：红 = 错误，黄 = 警告，蓝 = 提示', 'Tints: red = error, yellow = warning, blue = tip'),
  paneLabel: m('校验面板', 'Check pane'),
};
