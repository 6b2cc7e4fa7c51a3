// The preview page's bundle entry: the pane over the file host (ExcelJS in the browser) beside the
// workbook, with no office.js. The sample and the checking core's chunk (loaded while the first file
// is read) come from the page's own origin; nothing else is fetched.
import { createRoot } from 'react-dom/client';
import { openWorkbookFile } from '../hosts/file';
import { loadCoreServices } from '../taskpane/load-services';
import { browserPreferences } from '../taskpane/state/preferences';
import { PreviewApp } from './components/PreviewApp';
import { saveWorkbookFile } from '../taskpane/save-text';
import { previewOptions, SAMPLE_NAME, SAMPLE_PATH } from './options';

async function loadSample(): Promise<{ data: ArrayBuffer; name: string }> {
  const response = await fetch(new URL(SAMPLE_PATH, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${SAMPLE_PATH}: HTTP ${response.status}`);
  return { data: await response.arrayBuffer(), name: SAMPLE_NAME };
}

// A file dropped outside the drop area must not make the browser navigate away from the page.
for (const type of ['dragover', 'drop']) window.addEventListener(type, (event) => event.preventDefault());

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <PreviewApp
      options={previewOptions(window.location.search)}
      deps={{ open: openWorkbookFile, save: saveWorkbookFile, services: loadCoreServices, preferences: browserPreferences() }}
      loadSample={loadSample}
    />,
  );
}
