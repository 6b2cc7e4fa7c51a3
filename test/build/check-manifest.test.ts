import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain Node scripts, no types
const { checkManifest, validateSchema, DEFAULT_SCHEMA_DIR } = require('../../scripts/check-manifest.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseXml } = require('../../scripts/lib/xml.js');

interface Result {
  errors: string[];
  warnings: string[];
  facts: { resids?: number; urls?: number; page?: string };
}

const root = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const check = (xml: string, options?: object): Result => checkManifest(xml, options);

/** The manifest with one exact piece of text replaced; fails loudly if the piece is not there. */
function edit(from: string, to: string, xml = manifest): string {
  expect(xml).toContain(from);
  return xml.split(from).join(to);
}

describe('the committed manifest', () => {
  it('passes every check and points the whole shared runtime at one page', () => {
    const result = check(manifest);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.facts.page).toBe('https://localhost:3000/taskpane.html');
    expect(result.facts.urls).toBeGreaterThanOrEqual(20);
  });

  it('validates against the Office XSDs (libxml2 from npm, no system xmllint)', async () => {
    expect(await validateSchema(path.join(root, 'manifest.xml'), DEFAULT_SCHEMA_DIR)).toEqual([]);
  });

  it('declares the shared runtime and custom functions in <VersionOverrides> only, custom functions at 1.2', () => {
    const top = manifest.slice(0, manifest.indexOf('<VersionOverrides'));
    expect(top).not.toMatch(/<Requirements>/);
    expect(manifest).toMatch(/<VersionOverrides[^>]*>\s*(<!--[\s\S]*?-->\s*)?<Requirements>\s*<bt:Sets[^>]*>\s*<bt:Set Name="SharedRuntime" MinVersion="1.1" \/>\s*<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.2" \/>/);
  });
});

describe('schema validation', () => {
  it('reports what the XSD rejects, with the line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, edit('<ProviderName>PERF</ProviderName>', '<Provider>PERF</Provider>'));
    const errors: string[] = await validateSchema(file, DEFAULT_SCHEMA_DIR);
    expect(errors.join('\n')).toMatch(/Provider/);
    expect(errors.join('\n')).toMatch(/^manifest\.xml:1[0-9]: /);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects requirement sets in the wrong namespace inside <VersionOverrides>', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, edit('<bt:Sets DefaultMinVersion="1.1">', '<Sets DefaultMinVersion="1.1">', edit('</bt:Sets>', '</Sets>')));
    expect((await validateSchema(file, DEFAULT_SCHEMA_DIR)).join('\n')).toMatch(/Sets/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs without xmllint on the PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await validateSchema(path.join(root, 'manifest.xml'), DEFAULT_SCHEMA_DIR)).toEqual([]);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('says where the schemas should be when they are missing', async () => {
    expect(await validateSchema(path.join(root, 'manifest.xml'), '/nonexistent')).toEqual([
      expect.stringMatching(/schema not found: .*--schema-dir/),
    ]);
  });
});

describe('resids', () => {
  it('flags a resid that <Resources> does not define', () => {
    const xml = edit('<Label resid="Group.Label" />', '<Label resid="Group.Lable" />');
    expect(check(xml).errors).toContainEqual(expect.stringMatching(/resid "Group.Lable" used by <Label> \(line \d+\) is not defined/));
  });

  it('flags a resid that names the wrong kind of resource', () => {
    const xml = edit('<bt:Image size="16" resid="Pane.16x16" />', '<bt:Image size="16" resid="PaneButton.Label" />');
    expect(check(xml).errors).toContainEqual(expect.stringMatching(/"PaneButton.Label" .* must name a image, but it is a short string/));
  });

  it('flags a resource id defined twice and warns about an unused one', () => {
    const xml = edit(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />' +
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />' +
        '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html" />',
    );
    const result = check(xml);
    expect(result.errors).toContainEqual(expect.stringMatching(/"Taskpane.Url" is defined twice/));
    expect(result.warnings).toEqual(['resource "Spare.Url" is defined but never used']);
  });

  it('flags a resid longer than Office accepts (32 characters)', () => {
    const long = 'Functions.Metadata.Url.TooLong.XY';
    const xml = edit('Functions.Metadata.Url', long);
    expect(check(xml).errors).toContainEqual(expect.stringContaining(`resid "${long}" of <SourceLocation>`));
  });
});

describe('URLs', () => {
  it('flags a plain http URL in a resource', () => {
    const xml = edit('DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="http://localhost:3000/assets/icon-80.png"');
    expect(check(xml).errors).toContainEqual(expect.stringMatching(/<bt:Image> \(line \d+\) uses a URL that is not https: http:\/\/localhost:3000\/assets\/icon-80.png/));
  });

  it('flags a relative URL where Office needs an absolute one', () => {
    const xml = edit('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />', '<IconUrl DefaultValue="assets/icon-32.png" />');
    expect(check(xml).errors).toContainEqual(expect.stringMatching(/<IconUrl> .* must hold an absolute https URL, found "assets\/icon-32.png"/));
  });

  it('flags an http URL in a localized override and in an AppDomain', () => {
    const xml = edit(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js" />',
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"><bt:Override Locale="zh-CN" Value="http://localhost:3000/functions.js" /></bt:Url>',
      edit('<Permissions>', '<AppDomains><AppDomain>http://example.org</AppDomain></AppDomains><Permissions>'),
    );
    const errors = check(xml, { policy: false }).errors;
    expect(errors).toContainEqual(expect.stringMatching(/<bt:Override> .* not https: http:\/\/localhost:3000\/functions.js/));
    expect(errors).toContainEqual(expect.stringMatching(/<AppDomain> .* not https: http:\/\/example.org/));
  });

  it('leaves XML namespace URIs alone', () => {
    expect(manifest).toContain('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
    expect(check(manifest).errors).toEqual([]);
  });
});

describe('shared runtime', () => {
  it('flags a FunctionFile on another page', () => {
    const xml = edit('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />').replace(
      '</bt:Urls>',
      '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html" /></bt:Urls>',
    );
    expect(check(xml).errors).toEqual([
      '<FunctionFile> loads https://localhost:3000/commands.html, but the shared runtime\'s page is https://localhost:3000/taskpane.html: they must agree',
    ]);
  });

  it('flags a custom-functions page or a task pane that differs from the runtime page, even through another resid', () => {
    const xml = edit(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" /><bt:Url id="Other.Url" DefaultValue="https://localhost:3000/other.html" />',
      edit('<Page>\n              <SourceLocation resid="Taskpane.Url" />', '<Page>\n              <SourceLocation resid="Other.Url" />'),
    );
    expect(check(xml).errors).toEqual([
      'the custom-functions <Page> loads https://localhost:3000/other.html, but the shared runtime\'s page is https://localhost:3000/taskpane.html: they must agree',
    ]);
  });

  it('flags a short-lived runtime and a missing runtime', () => {
    expect(check(edit('lifetime="long"', 'lifetime="short"')).errors).toEqual([
      '<Runtime> needs lifetime="long" so functions run while the pane is closed',
    ]);
    const withoutRuntime = manifest.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, '');
    expect(check(withoutRuntime).errors).toContainEqual('expected exactly one <Runtime> (the shared runtime), found 0');
  });

  it('flags functions.js served from another origin than the page', () => {
    const xml = edit('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="https://cdn.example.org/functions.js"');
    expect(check(xml).errors).toEqual(['custom functions Script https://cdn.example.org/functions.js is not on the page\'s origin https://localhost:3000']);
  });
});

describe('PERF policy', () => {
  it('asks for ReadWriteDocument only', () => {
    const xml = edit('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>');
    expect(check(xml).errors).toEqual(['<Permissions> must be ReadWriteDocument, found ReadWriteMailbox']);
    expect(check(xml, { policy: false }).errors).toEqual([]);
  });

  it('lists no AppDomains', () => {
    const xml = edit('<Permissions>', '<AppDomains><AppDomain>https://example.org</AppDomain></AppDomains><Permissions>');
    expect(check(xml).errors).toEqual(['<AppDomains> must list no domain: PERF talks to no other host']);
  });

  it('needs both requirement sets in <VersionOverrides>, custom functions at 1.2, the PERF namespace and both ribbon buttons', () => {
    expect(check(edit('<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.2" />', '')).errors).toEqual([
      'requirement set CustomFunctionsRuntime 1.2 is missing from <VersionOverrides>',
    ]);
    expect(check(edit('<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.2" />', '<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.1" />')).errors).toEqual([
      'requirement set CustomFunctionsRuntime must be at least 1.2 (found 1.1)',
    ]);
    expect(check(edit('DefaultValue="PERF" />', 'DefaultValue="CONTOSO" />')).errors).toEqual(['the custom functions namespace must be PERF']);
    expect(check(edit('<FunctionName>validateWorkbook</FunctionName>', '<FunctionName>validate</FunctionName>')).errors).toEqual([
      'no ExecuteFunction button runs validateWorkbook',
    ]);
    expect(check(edit('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">')).errors).toEqual([
      'the ribbon group must be on the Home tab (OfficeTab id="TabHome")',
    ]);
  });

  it('refuses the shared runtime or custom functions in the top-level <Requirements>, which would hide PERF from Office 2016 and 2019', () => {
    const xml = edit(
      '  <DefaultSettings>',
      '  <Requirements><Sets DefaultMinVersion="1.1"><Set Name="SharedRuntime" MinVersion="1.1" /><Set Name="ExcelApi" MinVersion="1.1" /></Sets></Requirements>\n  <DefaultSettings>',
    );
    expect(check(xml).errors).toEqual([
      expect.stringMatching(/^requirement set SharedRuntime is in the top-level <Requirements> \(line \d+\): Office without it \(2016, 2019 volume\) would not list PERF at all/),
    ]);
  });

  it('needs a SupportUrl, no TaskpaneId on the shared-runtime pane button, and Chinese function names for zh-CN', () => {
    expect(check(edit('  <SupportUrl DefaultValue="https://localhost:3000/support.html" />\n', '')).errors).toEqual([
      '<SupportUrl> is missing: AppSource and admins need a page that explains the add-in',
    ]);
    expect(check(edit('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>ShowTaskpane</TaskpaneId>')).errors).toEqual([
      expect.stringMatching(/^the ShowTaskpane action \(line \d+\) has a <TaskpaneId>/),
    ]);
    expect(check(edit('\n          <bt:Override Locale="zh-CN" Value="https://localhost:3000/functions-zh-CN.json" />', '')).errors).toEqual([
      'the functions\' metadata "Functions.Metadata.Url" needs a zh-CN <bt:Override> (the Chinese function names)',
    ]);
    expect(check(edit('Value="https://localhost:3000/functions-zh-CN.json"', 'Value="https://cdn.example.org/functions-zh-CN.json"')).errors).toEqual([
      'the zh-CN functions\' metadata https://cdn.example.org/functions-zh-CN.json is not on the origin of https://localhost:3000/functions.json',
    ]);
  });

  it('needs a zh-CN override for every visible text', () => {
    const xml = edit('\n          <bt:Override Locale="zh-CN" Value="校验" />', '');
    expect(check(xml).errors).toEqual(['text "ValidateButton.Label" needs a zh-CN <bt:Override>']);
    expect(check(edit('<Override Locale="zh-CN" Value="PERF 绩效自评表校验" />', '')).errors).toEqual(['<DisplayName> needs a zh-CN <Override>']);
  });

  it('needs the 16, 32 and 80 px images in every ribbon icon', () => {
    const xml = edit('<bt:Image size="80" resid="Pane.80x80" />', '');
    expect(check(xml).errors).toEqual([expect.stringMatching(/ribbon <Icon> \(line \d+\) lacks the required 80 px image/)]);
  });
});

describe('built files', () => {
  it('flags a URL on the add-in origin whose file the build did not write', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-dist-'));
    for (const file of ['taskpane.html', 'support.html', 'functions.js', 'functions.json', 'functions-zh-CN.json']) fs.writeFileSync(path.join(dist, file), '');
    fs.mkdirSync(path.join(dist, 'assets'));
    for (const file of fs.readdirSync(path.join(root, 'assets'))) fs.writeFileSync(path.join(dist, 'assets', file), '');
    expect(check(manifest, { distDir: dist }).errors).toEqual([]);
    fs.rmSync(path.join(dist, 'functions.json'));
    fs.rmSync(path.join(dist, 'assets', 'pane-40.png'));
    expect(check(manifest, { distDir: dist }).errors).toEqual([
      `https://localhost:3000/assets/pane-40.png names assets/pane-40.png, which the build did not write to ${dist}`,
      `https://localhost:3000/functions.json names functions.json, which the build did not write to ${dist}`,
    ]);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});

describe('bad input', () => {
  it.each([
    ['unbalanced tags', '<OfficeApp><Id></OfficeApp>', /not well-formed XML: .*mismatch.*Id.*OfficeApp/],
    ['an unterminated comment', '<OfficeApp><!-- </OfficeApp>', /not well-formed XML: comment/],
    ['no element at all', '', /not well-formed XML: missing root element/],
    ['an unknown entity', '<OfficeApp>&nbsp;</OfficeApp>', /not well-formed XML: .*entity.*nbsp/],
    ['an attribute given twice', '<OfficeApp a="1" a="2" />', /not well-formed XML: .*redefined/],
  ])('answers %s with a message instead of throwing', (_, xml, message) => {
    const result = check(xml);
    expect(result.errors).toEqual([expect.stringMatching(message)]);
  });

  it('reads entities, CDATA, single quotes and self-closing tags', () => {
    const doc = parseXml(`<?xml version="1.0"?><a x='1 &amp; 2'><b/><c><![CDATA[<raw>]]>&#x4e2d;&#25991;</c></a>`);
    expect(doc.attributes).toEqual({ x: '1 & 2' });
    expect(doc.children.map((c: { name: string }) => c.name)).toEqual(['b', 'c']);
    expect(doc.children[1].text).toBe('<raw>中文');
  });
});
