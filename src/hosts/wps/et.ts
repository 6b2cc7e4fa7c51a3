// The part of WPS 表格's object model (ET, reached as window.Application) the WPS host uses, typed
// narrowly so the host compiles against it and a test fake can implement it. conformance.ts holds
// these types against Kingsoft's own typings (et-jsapi-declare), so a name or a signature that does
// not exist in ET fails the type check.
//
// ET is COM-like: every property read and every call crosses a process bridge, collections are
// 1-based Item(i), properties with arguments are methods (Address(false, false)), and a multi-cell
// NumberFormat or MergeCells answers null when the cells differ.

export interface EtInterior {
  /** Fill colour as a BGR number (0xBBGGRR). */
  Color: unknown;
  ColorIndex: unknown;
  Pattern: unknown;
}

export interface EtComment {
  Text(text?: string): unknown;
  Delete(): unknown;
}

export interface EtAreas {
  readonly Count: number;
  Item(index: number): EtRange;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  Value2: unknown;
  /**
   * Value(11) (xlRangeValueXMLSpreadsheet) gives the range as XML Spreadsheet 2003 text in Excel's
   * COM model; whether WPS answers it is not confirmed (the host falls back when it does not).
   */
  Value(type?: number): unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Text: unknown;
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Locked: unknown;
  readonly Areas: EtAreas;
  readonly Comment: EtComment | null;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  SpecialCells(type: number, value?: number): EtRange;
  Find(what: unknown, after?: unknown, lookIn?: number, lookAt?: number, searchOrder?: number, searchDirection?: number): EtRange | null;
  Select(): unknown;
  Activate(): unknown;
  ClearContents(): unknown;
  AddComment(text?: string): EtComment;
}

export interface EtWorksheet {
  Name: string;
  readonly Visible: unknown;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  Range(cell1: string, cell2?: string): EtRange;
  Activate(): unknown;
}

export interface EtWorksheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  Add(before?: unknown, after?: unknown, count?: number, type?: unknown): EtWorksheet;
}

export interface EtDocumentProperty {
  Value: unknown;
  Delete(): unknown;
}

export interface EtDocumentProperties {
  readonly Count: number;
  Item(index: number | string): EtDocumentProperty;
  Add(name: string, linkToContent: boolean, type?: number, value?: unknown): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtEventHub {
  AddApiEventListener(name: string, callback: (...args: never[]) => void): unknown;
  RemoveApiEventListener(name: string, callback?: (...args: never[]) => void): unknown;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  Delete(): void;
}

export interface EtPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): unknown;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  ScreenUpdating: boolean;
  EnableEvents: boolean;
  DisplayAlerts: boolean;
  readonly Version?: string;
  /** The user name set in WPS; may be empty. */
  readonly UserName?: string;
  readonly Build?: unknown;
  readonly ApiEvent?: EtEventHub;
  /** The sheet the user is on. */
  readonly ActiveSheet?: EtWorksheet | null;
  /** What the user selected: a Range when cells are selected (a shape otherwise, without Address). */
  readonly Selection?: unknown;
  readonly PluginStorage?: EtPluginStorage;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane | null;
  AddCustomFunction?: (
    namespace: string,
    name: string,
    callback: (...args: never[]) => unknown,
    metadata?: { description?: string; result: { type?: string }; parameters: { name?: string; type?: string; description?: string }[] },
  ) => void;
}

/** COM error values (CVErr codes) as ET gives them in Value2, and the text Excel shows. */
export const CVERR: Readonly<Record<number, string>> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
};

export const XL = {
  /** Interior.ColorIndex / Pattern with no fill. */
  none: -4142,
  /** SpecialCells type: visible cells. */
  cellTypeVisible: 12,
  /** Worksheet.Visible: hidden, very hidden. */
  sheetHidden: 0,
  sheetVeryHidden: 2,
  /** Range.Find: look in formulas, match part, by rows / by columns, search backwards. */
  findInFormulas: -4123,
  findPart: 2,
  findByRows: 1,
  findByColumns: 2,
  findPrevious: 2,
  /** Range.Value(type): XML Spreadsheet 2003 text. */
  rangeValueXmlSpreadsheet: 11,
  /** CustomDocumentProperties type: text. */
  propertyString: 4,
} as const;

/** The WPS version, for messages (ET's Version, or its Build). */
export function wpsVersion(app: EtApplication): string {
  try {
    const v = app.Build ?? app.Version;
    return v === undefined || v === null ? '?' : String(v);
  } catch {
    return '?';
  }
}

/** ET's General format in a Chinese WPS ('G/通用格式') and in others. */
export function isGeneralFormat(format: unknown): boolean {
  return format === null || format === undefined || format === '' || format === 'General' || format === 'G/通用格式';
}
