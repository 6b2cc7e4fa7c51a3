// Security without a build: the manifest asks for ReadWriteDocument only and names
// no other domain; our sources never run text as code, never write HTML, and reach the network only
// where reviewed (the preview's sample, from the page's own origin).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scanSource, type Hit } from './support/scan';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JS helpers of the build
const { parseXml } = require('../../scripts/lib/xml.js') as { parseXml: (xml: string) => XmlElement };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForOrigin, urlDev } = require('../../webpack.config.js') as { manifestForOrigin: (xml: string, url: string) => string; urlDev: string };

interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  readonly text: string;
}

function all(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name || e.name.endsWith(`:${name}`)) out.push(e);
    e.children.forEach(walk);
  };
  walk(element);
  return out;
}

/** Every URL the manifest names, in attributes or text. */
function urlsOf(xml: string): string[] {
  return [...xml.matchAll(/\bhttps?:\/\/[^\s"'<>]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org/'));
}

describe('manifest.xml', () => {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const manifest = parseXml(xml);

  it('asks for ReadWriteDocument only', () => {
    const permissions = all(manifest, 'Permissions');
    expect(permissions.map((p) => p.text.trim())).toEqual(['ReadWriteDocument']);
  });

  it('lists no AppDomains: the add-in opens no other site', () => {
    const domains = all(manifest, 'AppDomains').flatMap((d) => all(d, 'AppDomain').map((a) => a.text.trim()));
    expect(domains).toEqual([]);
  });

  it('names one origin only, the add-in’s own (https), in development and for a production origin', () => {
    expect(new Set(urlsOf(xml).map((u) => new URL(u).origin))).toEqual(new Set([new URL(urlDev).origin]));
    const production = manifestForOrigin(xml, 'https://perf.example.cn/addin/');
    expect(new Set(urlsOf(production).map((u) => new URL(u).origin))).toEqual(new Set(['https://perf.example.cn']));
    expect(urlsOf(production).every((u) => u.startsWith('https://perf.example.cn/addin/'))).toBe(true);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Network uses reviewed by hand: file, what it fetches, why it stays on the page's own origin. */
const REVIEWED_NETWORK: ReadonlyArray<{ file: string; code: RegExp; why: string }> = [
  {
    file: 'src/preview/index.tsx',
    code: /^fetch\(new URL\(SAMPLE_PATH, document\.baseURI\)/,
    why: 'the preview’s sample workbook, a relative path resolved against the page itself (same origin; the CSP has connect-src \'self\')',
  },
];

describe('our sources (src/)', () => {
  const hits: Hit[] = sourceFiles(join(ROOT, 'src')).flatMap((file) => scanSource(relative(ROOT, file).replace(/\\/g, '/'), readFileSync(file, 'utf8')));

  it('never run text as code: no eval, no Function constructor, no string timers', () => {
    expect(hits.filter((h) => h.kind === 'eval' || h.kind === 'Function' || h.kind === 'string-timer')).toEqual([]);
  });

  it('never write HTML: no innerHTML/outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML', () => {
    expect(hits.filter((h) => h.kind === 'html-sink')).toEqual([]);
  });

  it('reach the network only where reviewed', () => {
    const unreviewed = hits.filter((h) => h.kind === 'network' && !REVIEWED_NETWORK.some((r) => r.file === h.file && r.code.test(h.code)));
    expect(unreviewed).toEqual([]);
  });

  it('the scanner finds what it looks for (so the checks above can fail)', () => {
    const probe = scanSource(
      'probe.tsx',
      [
        'eval("1"); new Function("return 1"); Function("x"); setTimeout("alert(1)", 1); setTimeout(() => 1, 1);',
        'el.innerHTML = s; el.insertAdjacentHTML("beforeend", s); document.write(s); <div dangerouslySetInnerHTML={{ __html: s }} />;',
        'fetch("https://x"); new XMLHttpRequest(); new WebSocket("wss://x"); navigator.sendBeacon("/x");',
        '// eval("in a comment") and "new Function(in a string)" do not count',
      ].join('\n'),
    );
    expect(probe.map((h) => h.kind)).toEqual(['eval', 'Function', 'Function', 'string-timer', 'html-sink', 'html-sink', 'html-sink', 'html-sink', 'network', 'network', 'network', 'network']);
  });
});
