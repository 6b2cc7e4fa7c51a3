// Saving bytes as a file from the page: a Blob behind an object URL and a download link. The bytes
// never leave the machine; the URL is revoked once the browser has taken the file.
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveFile(data: Uint8Array, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
