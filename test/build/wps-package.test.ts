// The WPS add-in's build configuration and install files, checked without building (the build
// itself is checked by test/e2e/wps-pane.e2e.ts, which serves and drives it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JS build scripts
const pkg = require(join(ROOT, 'scripts', 'wps-package.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configOf = require(join(ROOT, 'webpack.wps.config.js'));

describe('WPS add-in packaging', () => {
  afterEach(() => {
    delete process.env.PERF_WPS_URL;
  });

  it('sets the online URL at build time (env or PERF_WPS_URL), always ending in /', () => {
    expect(pkg.wpsUrl({ wpsUrl: 'http://oa.example.gov.cn/perf' })).toBe('http://oa.example.gov.cn/perf/');
    process.env.PERF_WPS_URL = 'https://intra.example.cn/addins/perf/';
    expect(pkg.wpsUrl({})).toBe('https://intra.example.cn/addins/perf/');
    expect(() => pkg.wpsUrl({ wpsUrl: 'file:///C:/perf/' })).toThrow(/http or https/);
    expect(() => pkg.wpsUrl({ wpsUrl: 'not a url' })).toThrow(/not a URL/);
    expect(pkg.jspluginsXml('http://oa.example.gov.cn/perf/')).toBe(
      '<jsplugins>\n  <jspluginonline name="PERF" type="et" url="http://oa.example.gov.cn/perf/"/>\n</jsplugins>\n',
    );
  });

  it('writes the offline entry for publish.xml and the manifest', () => {
    expect(pkg.publishXml('0.1.0')).toContain('<jsplugin name="PERF" type="et" url="PERF_0.1.0" version="0.1.0" enable="enable_dev" install="null"/>');
    expect(pkg.manifestXml('0.1.0')).toMatch(/^<\?xml[^>]*\?>\n<JsPlugin>[\s\S]*<Name>PERF<\/Name>[\s\S]*<\/JsPlugin>\n$/);
  });

  it('has a ribbon without an XML declaration: group 绩效 with 校验 and 打开面板 on global callbacks', () => {
    const ribbon = readFileSync(join(ROOT, 'src/hosts/wps/package/ribbon.xml'), 'utf8');
    expect(ribbon.startsWith('<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"')).toBe(true);
    expect(ribbon).not.toContain('<?xml');
    expect(ribbon).toMatch(/<group id="perfGroup" label="绩效">/);
    expect(ribbon).toMatch(/<button id="perfValidate" label="校验"[^>]*onAction="ribbon\.OnAction"/);
    expect(ribbon).toMatch(/<button id="perfOpenPane" label="打开面板"[^>]*onAction="ribbon\.OnAction"/);
  });

  it('builds one ES2018 classic script for both pages, with no chunks and dependencies lowered', () => {
    const config = configOf({ wpsUrl: 'http://oa.example.gov.cn/perf/' }, { mode: 'production' });
    expect(config.target).toEqual(['web', 'es2018']);
    expect(Object.keys(config.entry)).toEqual(['perf-wps']);
    expect(config.optimization.splitChunks).toBe(false);
    expect(config.plugins.some((p: { constructor: { name: string }; options?: { maxChunks?: number } }) => p.constructor.name === 'LimitChunkCountPlugin' && p.options?.maxChunks === 1)).toBe(true);
    expect(config.module.rules.some((r: { include?: RegExp; use?: { loader?: string } }) => String(r.include) === String(/node_modules/) && /es2018-loader/.test(r.use?.loader ?? ''))).toBe(true);
    for (const page of ['index.html', 'taskpane.html']) {
      const html = readFileSync(join(ROOT, 'src/hosts/wps/package', page), 'utf8');
      expect(html).toContain('<script src="perf-wps.js"></script>');
      expect(html).not.toMatch(/type="module"|defer|async/);
    }
  });

  it('lowers newer syntax in a dependency to ES2018', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require(join(ROOT, 'scripts', 'es2018-loader.js'));
    const out: string = loader.call({ resourcePath: 'x.js' }, 'export const f = (a) => a?.b ?? 1; class C { x = 1; }');
    expect(out).not.toContain('?.');
    expect(out).not.toContain('??');
    expect(out).toContain('export');
  });
});
