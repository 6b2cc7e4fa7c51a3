// The preview's URL options, so a link can say what to show:
//   preview.html                  the sample workbook, validated, beside the pane
//   preview.html?layout=pane      the pane alone, as in Excel's task pane (narrow screenshots)
//   preview.html?sample=0         start empty (open or drop a file)
//   preview.html?validate=0       open without validating (click 提交前校验)
//   preview.html?lang=en          English
import type { PreviewOptions } from './components/PreviewApp';

const off = (value: string | null) => value === '0' || value === 'false' || value === 'no';

export function previewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  return {
    layout: params.get('layout') === 'pane' ? 'pane' : 'full',
    sample: !off(params.get('sample')),
    validate: !off(params.get('validate')),
    language: params.get('lang') === 'en' ? 'en' : 'zh',
    languageFromUrl: params.get('lang') === 'en' || params.get('lang') === 'zh',
  };
}

/** Where the page finds the sample: beside itself, on its own origin (copied there by the build). */
export const SAMPLE_PATH = 'samples/seed-xiyong-2022.xlsx';
export const SAMPLE_NAME = 'seed-xiyong-2022.xlsx';
