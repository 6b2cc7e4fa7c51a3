// XSD validation of an add-in manifest with libxml2 compiled to WebAssembly (xmllint-wasm, an npm
// package): the same checks as `xmllint --noout --nonet --schema`, with no system package and no
// network. Every .xsd in the schema folder is handed over up front, since the validator reads no
// files itself (OfficeAppManifestV1_1.xsd imports the others by file name).
'use strict';

const fs = require('fs');
const path = require('path');

const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/**
 * Validates manifest XML text against the XSDs in schemaDir. Resolves to a list of errors, each
 * "fileName:line: message" (empty when the manifest validates); never rejects.
 */
async function validateManifestSchema(xml, schemaDir, fileName = 'manifest.xml') {
  const main = path.join(schemaDir, MAIN_SCHEMA);
  if (!fs.existsSync(main)) return [`schema not found: ${main} (clone the repository beside ../shared, or pass --schema-dir)`];
  const others = fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA)
    .sort()
    .map((name) => ({ fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), 'utf8') }));
  let result;
  try {
    // Loaded here, not at the top: the other manifest checks run without starting the validator.
    const { validateXML } = require('xmllint-wasm');
    result = await validateXML({
      xml: [{ fileName, contents: xml }],
      schema: [{ fileName: MAIN_SCHEMA, contents: fs.readFileSync(main, 'utf8') }],
      preload: others,
    });
  } catch (error) {
    return [`the schema validator failed: ${String((error && error.message) || error).trim()}`];
  }
  if (result.valid) return [];
  const errors = result.errors.map((e) => (e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.rawMessage || e.message));
  return errors.length > 0 ? errors : [result.rawOutput.trim() || `${fileName} fails to validate`];
}

module.exports = { validateManifestSchema, MAIN_SCHEMA };
