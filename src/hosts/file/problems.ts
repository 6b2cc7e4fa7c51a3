// Why a file cannot be read, as one line in Chinese and in English: a stable code per cause so the
// CLI, the preview and tests can tell them apart. Add a cause here and a detector in sniff.ts.
import type { Message } from '../../core/findings/types';
import { megabytes } from './limits';

export type FileProblemCode =
  | 'empty'
  | 'too-large'
  | 'too-large-inflated'
  | 'zip-bomb'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'truncated'
  | 'not-zip'
  | 'csv'
  | 'html'
  | 'xml-spreadsheet'
  | 'legacy-xls'
  | 'legacy-office'
  | 'encrypted'
  | 'docx'
  | 'pptx'
  | 'xlsb'
  | 'ods'
  | 'not-workbook'
  | 'no-worksheets'
  | 'corrupt'
  | 'io';

export interface FileProblem {
  readonly code: FileProblemCode;
  readonly message: Message;
}

/** Figures some messages quote. */
export interface ProblemDetails {
  readonly bytes?: number;
  readonly cap?: number;
  readonly entry?: string;
  readonly detail?: string;
}

const SAVE_AS_ZH = '请在 Excel 中打开并另存为 .xlsx';
const SAVE_AS_EN = 'open it in Excel and save it as .xlsx';

const MESSAGES: Record<FileProblemCode, (d: ProblemDetails) => Message> = {
  empty: () => ({ zh: '文件为空（0 字节）。', en: 'The file is empty (0 bytes).' }),
  'too-large': (d) => ({
    zh: `文件大小 ${megabytes(d.bytes ?? 0)} MB，超过 ${megabytes(d.cap ?? 0)} MB 上限。`,
    en: `The file is ${megabytes(d.bytes ?? 0)} MB, above the ${megabytes(d.cap ?? 0)} MB limit.`,
  }),
  'too-large-inflated': (d) => ({
    zh: `解压后内容 ${megabytes(d.bytes ?? 0)} MB，超过 ${megabytes(d.cap ?? 0)} MB 上限（超大工作表或压缩炸弹），已拒绝读取。`,
    en: `Unpacked content is ${megabytes(d.bytes ?? 0)} MB, above the ${megabytes(d.cap ?? 0)} MB limit (a huge sheet or a zip bomb); not read.`,
  }),
  'zip-bomb': (d) => ({
    zh: `压缩包声明的大小与实际不符（${d.entry ?? ''} 解压后超出声明），疑似压缩炸弹，已拒绝读取。`,
    en: `The zip understates its sizes (${d.entry ?? ''} inflates beyond what it declares): a likely zip bomb; not read.`,
  }),
  'too-many-rows': (d) => ({
    zh: `工作表超过 ${d.cap ?? ''} 行上限，已拒绝读取。`,
    en: `A worksheet has more than the ${d.cap ?? ''}-row limit; not read.`,
  }),
  'too-many-columns': (d) => ({
    zh: `工作表一行超过 ${d.cap ?? ''} 个单元格上限，已拒绝读取。`,
    en: `A worksheet row has more than the ${d.cap ?? ''}-cell limit; not read.`,
  }),
  truncated: () => ({
    zh: '文件不完整或已损坏（zip 结构被截断）：请重新导出或重新下载。',
    en: 'The file is incomplete or damaged (truncated zip): export or download it again.',
  }),
  'not-zip': () => ({
    zh: '不是 Excel 工作簿（.xlsx）：无法识别文件内容。',
    en: 'Not an Excel workbook (.xlsx): the content is not recognisable.',
  }),
  csv: () => ({
    zh: `这是文本（CSV）文件，不是 Excel 工作簿：${SAVE_AS_ZH}。`,
    en: `This is a text (CSV) file, not an Excel workbook: ${SAVE_AS_EN}.`,
  }),
  html: () => ({
    zh: `这是网页（HTML）表格，不是真正的 Excel 文件：${SAVE_AS_ZH}。`,
    en: `This is a web page (HTML) table, not a real Excel file: ${SAVE_AS_EN}.`,
  }),
  'xml-spreadsheet': () => ({
    zh: `这是 XML 电子表格 2003 文件：${SAVE_AS_ZH}。`,
    en: `This is an XML Spreadsheet 2003 file: ${SAVE_AS_EN}.`,
  }),
  'legacy-xls': () => ({
    zh: `这是旧版 Excel 97-2003 文件（.xls）：${SAVE_AS_ZH}后再检查。`,
    en: `This is a legacy Excel 97-2003 file (.xls): ${SAVE_AS_EN} and check it again.`,
  }),
  'legacy-office': () => ({
    zh: '这是旧版 Office 文档（.doc/.ppt），不是 Excel 工作簿：请将表格放入 Excel 并另存为 .xlsx。',
    en: 'This is a legacy Office document (.doc/.ppt), not an Excel workbook: put the table in Excel and save it as .xlsx.',
  }),
  encrypted: () => ({
    zh: '工作簿已加密（设有打开密码）：请在 Excel 中取消密码并另存为 .xlsx。',
    en: 'The workbook is encrypted (password to open): remove the password in Excel and save it as .xlsx.',
  }),
  docx: () => ({
    zh: '这是 Word 文档（.docx），不是 Excel 工作簿：请将表格复制到 Excel 并另存为 .xlsx。',
    en: 'This is a Word document (.docx), not an Excel workbook: copy the table into Excel and save it as .xlsx.',
  }),
  pptx: () => ({
    zh: '这是 PowerPoint 文档（.pptx），不是 Excel 工作簿：请将表格复制到 Excel 并另存为 .xlsx。',
    en: 'This is a PowerPoint file (.pptx), not an Excel workbook: copy the table into Excel and save it as .xlsx.',
  }),
  xlsb: () => ({
    zh: `这是 Excel 二进制工作簿（.xlsb），暂不支持：${SAVE_AS_ZH}。`,
    en: `This is an Excel binary workbook (.xlsb), which is not supported: ${SAVE_AS_EN}.`,
  }),
  ods: () => ({
    zh: `这是 OpenDocument 表格（.ods）：${SAVE_AS_ZH}。`,
    en: `This is an OpenDocument spreadsheet (.ods): ${SAVE_AS_EN}.`,
  }),
  'not-workbook': () => ({
    zh: `压缩包中没有 Excel 工作簿（缺少 xl/workbook.xml）：${SAVE_AS_ZH}。`,
    en: `The zip holds no Excel workbook (no xl/workbook.xml): ${SAVE_AS_EN}.`,
  }),
  'no-worksheets': () => ({
    zh: '工作簿中没有工作表（只有图表或为空），无可检查的内容。',
    en: 'The workbook has no worksheet (charts only or empty): nothing to check.',
  }),
  corrupt: (d) => ({
    zh: `文件已损坏，无法读取（xlsx 内容格式错误${d.detail ? `：${d.detail}` : ''}）。`,
    en: `The file is damaged and cannot be read (malformed xlsx content${d.detail ? `: ${d.detail}` : ''}).`,
  }),
  io: (d) => ({
    zh: `无法打开文件（不存在或无权读取${d.detail ? `：${d.detail}` : ''}）。`,
    en: `Cannot open the file (missing or not readable${d.detail ? `: ${d.detail}` : ''}).`,
  }),
};

export function fileProblem(code: FileProblemCode, details: ProblemDetails = {}): FileProblem {
  return { code, message: MESSAGES[code](details) };
}

/** What readWorkbookFromBuffer rejects with: a code and a one-line message, never a stack trace. */
export class UnreadableFileError extends Error {
  readonly code: FileProblemCode;
  readonly problem: Message;

  constructor(problem: FileProblem) {
    super(problem.message.zh);
    this.name = 'UnreadableFileError';
    this.code = problem.code;
    this.problem = problem.message;
  }
}

export function isUnreadableFileError(error: unknown): error is UnreadableFileError {
  return error instanceof UnreadableFileError;
}
