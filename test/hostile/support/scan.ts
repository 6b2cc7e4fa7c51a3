// Finds code that runs text as code, writes HTML, or talks to the network, by reading the syntax tree
// (TypeScript's parser, also for minified JavaScript), so comments and strings never count.
import ts from 'typescript';

export type HitKind = 'eval' | 'Function' | 'string-timer' | 'html-sink' | 'network';

export interface Hit {
  readonly kind: HitKind;
  readonly file: string;
  readonly line: number;
  /** The code around the hit, one line. */
  readonly code: string;
  /** The source text just before the hit (for telling dependency idioms apart). */
  readonly before: string;
}

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set(['insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment']);
const NETWORK = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'RTCPeerConnection', 'importScripts']);

function calleeName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (ts.isElementAccessExpression(expression) && ts.isStringLiteral(expression.argumentExpression)) return expression.argumentExpression.text;
  return '';
}

function stringy(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return true;
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && (stringy(node.left) || stringy(node.right));
}

export function scanSource(file: string, text: string): Hit[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const hits: Hit[] = [];
  const hit = (k: HitKind, node: ts.Node) => {
    const start = node.getStart(source);
    hits.push({
      kind: k,
      file,
      line: source.getLineAndCharacterOfPosition(start).line + 1,
      code: text.slice(start, start + 100).replace(/\s+/g, ' '),
      before: text.slice(Math.max(0, start - 60), start),
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const first = node.arguments?.[0];
      if (name === 'eval') hit('eval', node);
      else if (name === 'Function' && ts.isIdentifier(node.expression)) hit('Function', node);
      else if (TIMERS.has(name) && stringy(first)) hit('string-timer', node);
      else if (HTML_CALLS.has(name) && (name !== 'write' && name !== 'writeln' ? true : /document/.test(node.expression.getText(source)))) hit('html-sink', node);
      else if (NETWORK.has(name)) hit('network', node);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (ts.isPropertyAccessExpression(left) && HTML_PROPERTIES.has(left.name.text)) hit('html-sink', node);
    } else if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') {
      hit('html-sink', node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}
