/** @jest-environment jsdom */
// saveText: the content behind an object URL, a hidden link with the file name clicked once and
// removed, the URL revoked later.
import { saveText, saveWorkbookFile, XLSX_TYPE } from '../../src/taskpane/save-text';

it('clicks a download link for a Blob of the content and revokes its URL later', async () => {
  jest.useFakeTimers();
  const blobs: Blob[] = [];
  const create = jest.fn((blob: Blob) => (blobs.push(blob), 'blob:perf-1'));
  const revoke = jest.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  const clicked: Array<{ href: string; download: string }> = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });

  saveText('\uFEFF序号\r\n', '问题清单.csv', 'text/csv;charset=utf-8');

  expect(clicked).toEqual([{ href: 'blob:perf-1', download: '问题清单.csv' }]);
  expect(document.querySelector('a')).toBeNull();
  expect(blobs[0].type).toBe('text/csv;charset=utf-8');
  const read = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blobs[0]);
  });
  // FileReader drops the BOM when decoding; the Blob's size shows it is there (3 + 6 + 2 bytes).
  expect(read.replace(/^\uFEFF/, '')).toBe('序号\r\n');
  expect(blobs[0].size).toBe(11);
  expect(revoke).not.toHaveBeenCalled();
  jest.advanceTimersByTime(60_000);
  expect(revoke).toHaveBeenCalledWith('blob:perf-1');
  click.mockRestore();
  jest.useRealTimers();
});

it('saves a workbook\'s bytes as an .xlsx Blob of exactly those bytes (the preview\'s download)', async () => {
  jest.useFakeTimers();
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), 'blob:perf-2')), revokeObjectURL: jest.fn() });
  const names: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });

  saveWorkbookFile(new Uint8Array([0x50, 0x4b, 3, 4, 0]), '种子表-已修正.xlsx');

  expect(names).toEqual(['种子表-已修正.xlsx']);
  expect(blobs[0].type).toBe(XLSX_TYPE);
  const bytes = await new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blobs[0]);
  });
  expect([...bytes]).toEqual([0x50, 0x4b, 3, 4, 0]);
  click.mockRestore();
  jest.useRealTimers();
});
