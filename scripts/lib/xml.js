// Reads the add-in manifest with @xmldom/xmldom into plain { name, attributes, children, text, line }
// elements, which the manifest checks walk. Names keep their prefix (`bt:Image`). Anything that is
// not well-formed, and any entity XML does not define, is an error with the parser's message; full
// validation against the XSDs is scripts/lib/schema.js's job.
'use strict';

const { DOMParser } = require('@xmldom/xmldom');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function toElement(node) {
  const attributes = {};
  for (let i = 0; i < node.attributes.length; i++) {
    const attribute = node.attributes.item(i);
    attributes[attribute.name] = attribute.value;
  }
  const element = { name: node.nodeName, attributes, children: [], text: '', line: node.lineNumber };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) element.children.push(toElement(child));
    else if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) element.text += child.data;
  }
  return element;
}

/**
 * Parses XML text and returns its root element. Throws an Error (with the line when the parser
 * gives one) when the text is not well-formed; warnings are errors too, so nothing is guessed.
 */
function parseXml(source) {
  const problems = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      problems.push(message);
      if (level === 'fatalError') throw new Error(message);
    },
  });
  let document;
  try {
    document = parser.parseFromString(source, 'text/xml');
  } catch (error) {
    throw new Error(String(problems[0] || error.message).trim());
  }
  if (problems.length > 0) throw new Error(String(problems[0]).trim());
  if (!document || !document.documentElement) throw new Error('missing root element');
  return toElement(document.documentElement);
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
