// A small XML reader for the add-in manifest: elements, attributes, text, comments, CDATA and the
// predefined and numeric entities. No DTDs, no namespaces resolution (names keep their prefix).
// It is strict where the manifest checks need it (unbalanced or unterminated tags are errors) and
// leaves full validation to xmllint and the XSD.
'use strict';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text, where) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(body in ENTITIES)) throw new Error(`unknown entity ${match} ${where}`);
    return ENTITIES[body];
  });
}

function lineAt(source, index) {
  return `(line ${source.slice(0, index).split('\n').length})`;
}

/**
 * Parses XML text into { name, attributes, children, text, line } elements; returns the root.
 * Throws an Error with a line number when the text is not well-formed.
 */
function parseXml(source) {
  const root = { name: '#document', attributes: {}, children: [], text: '', line: 1 };
  const stack = [root];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > i) stack[stack.length - 1].text += decodeEntities(source.slice(i, textEnd), lineAt(source, i));
    if (lt === -1) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end === -1) throw new Error(`unterminated comment ${lineAt(source, lt)}`);
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      if (end === -1) throw new Error(`unterminated CDATA ${lineAt(source, lt)}`);
      stack[stack.length - 1].text += source.slice(lt + 9, end);
      i = end + 3;
    } else if (source.startsWith('<?', lt) || source.startsWith('<!', lt)) {
      const end = source.indexOf('>', lt);
      if (end === -1) throw new Error(`unterminated declaration ${lineAt(source, lt)}`);
      i = end + 1;
    } else if (source[lt + 1] === '/') {
      const end = source.indexOf('>', lt);
      if (end === -1) throw new Error(`unterminated end tag ${lineAt(source, lt)}`);
      const name = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) {
        throw new Error(`</${name}> does not close <${open && open !== root ? open.name : '(nothing)'}> ${lineAt(source, lt)}`);
      }
      i = end + 1;
    } else {
      i = parseStartTag(source, lt, stack);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const elements = root.children;
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  return elements[0];
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

function parseStartTag(source, lt, stack) {
  NAME.lastIndex = lt + 1;
  const nameMatch = NAME.exec(source);
  if (!nameMatch) throw new Error(`bad tag ${lineAt(source, lt)}`);
  const element = { name: nameMatch[0], attributes: {}, children: [], text: '', line: Number(lineAt(source, lt).match(/\d+/)[0]) };
  let i = NAME.lastIndex;
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const attribute = ATTRIBUTE.exec(source);
    if (!attribute) break;
    const [, name, , doubleQuoted, singleQuoted] = attribute;
    if (name in element.attributes) throw new Error(`attribute ${name} repeated ${lineAt(source, i)}`);
    element.attributes[name] = decodeEntities(doubleQuoted !== undefined ? doubleQuoted : singleQuoted, lineAt(source, i));
    i = ATTRIBUTE.lastIndex;
  }
  const rest = /^\s*(\/?)>/.exec(source.slice(i, i + 64));
  if (!rest) throw new Error(`unterminated or malformed <${element.name}> ${lineAt(source, lt)}`);
  stack[stack.length - 1].children.push(element);
  if (!rest[1]) stack.push(element);
  return i + rest[0].length;
}

/** Every element below (and including) `element`, depth first, each with its ancestors. */
function* walk(element, ancestors = []) {
  yield { element, ancestors };
  for (const child of element.children) yield* walk(child, [...ancestors, element]);
}

/** The name without its namespace prefix: `bt:Image` → `Image`. */
function localName(name) {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

module.exports = { parseXml, walk, localName };
