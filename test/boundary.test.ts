// Office.js stays behind the host seam: its globals (Office, Excel, OfficeExtension) and any
// office-js import appear only in src/hosts/excel and src/commands; src/functions may use the
// CustomFunctions global and nothing else of Office. Checked on the TypeScript syntax tree, so
// comments and strings that mention Excel do not count, and type references (Excel.Range) do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const OFFICE_GLOBALS = new Set(['Office', 'Excel', 'OfficeExtension', 'CustomFunctions', 'OfficeRuntime']);
const OFFICE_MODULE = /(^|\/)(@microsoft\/office-js|office-js|office-addin-mock|@types\/office-js|office-runtime)(\/|$)/;

type Zone = 'office' | 'functions' | 'plain';

function zoneOf(path: string): Zone {
  const p = path.split(sep).join('/');
  if (p.startsWith('src/hosts/excel/') || p.startsWith('src/commands/')) return 'office';
  if (p.startsWith('src/functions/')) return 'functions';
  return 'plain';
}

function allowed(zone: Zone, name: string): boolean {
  if (zone === 'office') return true;
  if (zone === 'functions') return name === 'CustomFunctions';
  return false;
}

/** True when `node` names a global (not a property, a key, or a declared name). */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) return false;
  if ((ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && (parent.name === node || parent.propertyName === node)) return false;
  if (ts.isJsxAttribute(parent) && parent.name === node) return false;
  if (ts.isEnumMember(parent) && parent.name === node) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  return true;
}

/** Office.js uses in one source file that its zone does not allow: 'line:col what'. */
function violations(path: string, text: string): string[] {
  const zone = zoneOf(path);
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${path}:${line + 1}:${character + 1} ${what}`);
  };
  const moduleName = (node: ts.Expression | undefined): string | undefined => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  for (const ref of file.typeReferenceDirectives) {
    if (zone !== 'office' && OFFICE_MODULE.test(ref.fileName)) found.push(`${path} reference types ${ref.fileName}`);
  }
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && OFFICE_GLOBALS.has(node.text) && isReference(node) && !allowed(zone, node.text)) report(node, node.text);
    if (ts.isPropertyAccessExpression(node) && OFFICE_GLOBALS.has(node.name.text) && ts.isIdentifier(node.expression) && ['window', 'globalThis', 'self'].includes(node.expression.text) && !allowed(zone, node.name.text)) {
      report(node, `${node.expression.text}.${node.name.text}`);
    }
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? moduleName(node.moduleSpecifier)
        : ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
          ? moduleName(node.arguments[0])
          : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
            ? moduleName(node.argument.literal as ts.Expression)
            : undefined;
    if (specifier && OFFICE_MODULE.test(specifier) && zone !== 'office') report(node, `import ${specifier}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|jsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('the Office.js boundary', () => {
  it('keeps Office.js globals and imports inside src/hosts/excel and src/commands', () => {
    const found = sources(join(ROOT, 'src')).flatMap((path) => violations(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('is enforced where it must be, and only there (the check itself can fail)', () => {
    const pane = 'src/taskpane/components/Summary/index.tsx';
    expect(violations(pane, 'Office.onReady(() => undefined);')).toHaveLength(1);
    expect(violations(pane, 'export async function f() { await Excel.run(async () => undefined); }')).toHaveLength(1);
    expect(violations(pane, 'let r: Excel.Range | undefined;')).toHaveLength(1);
    expect(violations(pane, "if (typeof OfficeExtension !== 'undefined') {}")).toHaveLength(1);
    expect(violations(pane, 'const o = window.Office;')).toHaveLength(1);
    expect(violations(pane, "import '@microsoft/office-js';")).toHaveLength(1);
    expect(violations(pane, "const m = require('office-js');")).toHaveLength(1);
    expect(violations(pane, "type T = import('office-js').X;")).toHaveLength(1);
    expect(violations(pane, '/// <reference types="office-js" />\nexport {};')).toHaveLength(1);
    expect(violations('src/core/report/x.ts', 'CustomFunctions.associate("A", f);')).toHaveLength(1);
    expect(violations('src/functions/functions.ts', 'CustomFunctions.associate("A", f);')).toEqual([]);
    expect(violations('src/functions/functions.ts', 'Office.onReady();')).toHaveLength(1);
    expect(violations('src/hosts/excel/read.ts', 'Excel.run(async () => undefined); Office.onReady();')).toEqual([]);
    expect(violations('src/commands/register.ts', 'Office.actions.associate("x", f);')).toEqual([]);
  });

  it('does not count comments, strings, keys or member names that say Excel', () => {
    const pane = 'src/taskpane/App.tsx';
    const text = [
      '// Office.onReady is called by the bootstrap, never here.',
      "const hint = 'Open Excel. Then Office.context is ready';",
      'const keys = { Excel: 1, Office: 2 };',
      'const n = keys.Excel + keys.Office;',
      'interface Host { Excel: number }',
      'export const el = <p title="Excel.Range">打开 Excel.</p>;',
    ].join('\n');
    expect(violations(pane, text)).toEqual([]);
  });
});
