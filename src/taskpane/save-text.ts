// Saving text as a file from the pane: a Blob behind an object URL and a download link. Nothing
// leaves the machine; the URL is revoked once the browser has taken the file.
export function saveText(content: string, name: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
