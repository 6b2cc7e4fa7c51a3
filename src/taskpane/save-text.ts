// Saving text or bytes as a file from the page (the pane's CSV export, the preview's corrected
// workbook): a Blob behind an object URL and a download link. Nothing leaves the machine; the URL is
// revoked once the browser has taken the file.
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function saveBlob(blob: Blob, name: string, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveText(content: string, name: string, type: string, doc: Document = document): void {
  saveBlob(new Blob([content], { type }), name, doc);
}

/** A workbook's bytes saved as an .xlsx file. */
export function saveWorkbookFile(data: Uint8Array, name: string, doc: Document = document): void {
  saveBlob(new Blob([data as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), name, doc);
}
