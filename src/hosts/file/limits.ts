// Caps that keep memory bounded whatever file arrives. ExcelJS inflates every zip entry into a string
// and builds an object per cell, so size is refused before it is inflated, from the zip's own
// directory (checked against the real inflated size when a lying header could exceed the cap).

export interface ReadLimits {
  /** The file itself (compressed), in bytes. */
  readonly maxFileBytes: number;
  /** Any one zip entry once inflated, in bytes. */
  readonly maxEntryBytes: number;
  /** All zip entries together once inflated, in bytes. */
  readonly maxTotalBytes: number;
  /** <row> elements in one worksheet. */
  readonly maxRowsPerSheet: number;
  /** Cells in one <row> element (Excel's own limit is 16,384 columns). */
  readonly maxCellsPerRow: number;
}

const MB = 1024 * 1024;

/**
 * The defaults: 64 MB on disk, 32 MB per inflated entry and 64 MB inflated in all, 100,000 rows per
 * sheet. A real 绩效自评表 workbook of 50 sheets inflates to about 2 MB. Measured: a 32 MB sheet of
 * 1.25 million cells takes ExcelJS about 700 MB of heap, so these caps hold one file under 1 GB.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 64 * MB,
  maxEntryBytes: 32 * MB,
  maxTotalBytes: 64 * MB,
  maxRowsPerSheet: 100_000,
  maxCellsPerRow: 16_384,
};

/** Deflate cannot expand data by more than about 1032:1; anything beyond is impossible. */
export const MAX_DEFLATE_RATIO = 1032;

export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}
