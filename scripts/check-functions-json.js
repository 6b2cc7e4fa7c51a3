#!/usr/bin/env node
// Checks the functions.json that custom-functions-metadata-plugin generated (after `npm run build`)
// against the PERF.* interface of DESIGN.md §5 / issue 2. The expected functions are data: when a
// signature changes on purpose, change EXPECTED_FUNCTIONS below in the same commit. It also checks
// that the build set "allowErrorForDataTypeAny": true (scripts/functions-json-errors.js) and that the
// range parameters are of type any: without both, Excel never passes an error value such as #N/A in
// a range to PERF.TOTAL or PERF.CHECK, it answers the error itself.
//
//   node scripts/check-functions-json.js [dist/functions.json]
'use strict';

const fs = require('fs');
const path = require('path');
const { PROPERTY: ALLOW_ERRORS } = require('./functions-json-errors');

const required = (name) => ({ name, optional: false, matrix: false });
const optional = (name) => ({ name, optional: true, matrix: false });
const range = (name) => ({ name, optional: false, matrix: true });

// id → parameters in order. `matrix` parameters take a cell range (TypeScript `T[][]`).
const EXPECTED_FUNCTIONS = {
  SCORE: [required('op'), required('target'), required('actual'), required('weight'), optional('profile')],
  RATE: [required('op'), required('target'), required('actual')],
  QUAL: [required('grade'), required('weight'), optional('profile')],
  BUDGET: [required('budget'), required('spent'), optional('weight')],
  GRADE: [required('total')],
  TOTAL: [range('scores')],
  CHECK: [range('weights'), optional('expected')],
};

function describeParameter(p) {
  return `${p.optional ? '[' : ''}${p.name}${p.matrix ? ' (range)' : ''}${p.optional ? ']' : ''}`;
}

function signature(id, parameters) {
  return `PERF.${id}(${parameters.map(describeParameter).join(', ')})`;
}

/** What a generated parameter means for the caller of the function in Excel. */
function normalise(parameter) {
  return {
    name: parameter.name,
    optional: parameter.optional === true,
    matrix: parameter.dimensionality === 'matrix',
  };
}

/**
 * Compares parsed functions.json with the expected functions. Returns { errors, warnings };
 * never throws on malformed input.
 */
function checkFunctionsJson(metadata, expected = EXPECTED_FUNCTIONS) {
  const errors = [];
  const warnings = [];
  if (!metadata || !Array.isArray(metadata.functions)) {
    return { errors: ['functions.json has no "functions" array'], warnings };
  }
  if (metadata[ALLOW_ERRORS] !== true) {
    errors.push(
      `"${ALLOW_ERRORS}": true is missing: Excel would not pass error values in a range to PERF.TOTAL or PERF.CHECK (the build adds it: scripts/functions-json-errors.js)`,
    );
  }
  const byId = new Map();
  for (const fn of metadata.functions) {
    if (!fn || typeof fn.id !== 'string') {
      errors.push('a function without an id');
      continue;
    }
    if (byId.has(fn.id)) errors.push(`${fn.id} is defined twice`);
    byId.set(fn.id, fn);
    if (!/^[A-Z][A-Z0-9._]*$/.test(fn.id)) errors.push(`${fn.id}: ids are upper-case ASCII`);
    if (!fn.description) errors.push(`${fn.id}: no description (Excel shows it in formula autocomplete)`);
    for (const p of fn.parameters || []) {
      if (!p.description) errors.push(`${fn.id}: parameter ${p.name} has no description`);
      if (p.dimensionality === 'matrix' && p.type !== 'any') {
        errors.push(`${fn.id}: range parameter ${p.name} is of type ${p.type}, not any: its error values would not reach the function`);
      }
    }
    if (!(fn.id in expected)) warnings.push(`${fn.id} is not in the expected list (add it to EXPECTED_FUNCTIONS if it is meant to ship)`);
  }
  for (const [id, parameters] of Object.entries(expected)) {
    const fn = byId.get(id);
    if (!fn) {
      errors.push(`${signature(id, parameters)} is missing`);
      continue;
    }
    const actual = (fn.parameters || []).map(normalise);
    if (JSON.stringify(actual) !== JSON.stringify(parameters)) {
      errors.push(`${id}: expected ${signature(id, parameters)}, generated ${signature(id, actual)}`);
    }
  }
  return { errors, warnings };
}

function main(argv) {
  const file = argv[0] || path.join('dist', 'functions.json');
  let metadata;
  try {
    metadata = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read (${error.code || error.message}); run \`npm run build\` first`);
    return 1;
  }
  const { errors, warnings } = checkFunctionsJson(metadata);
  for (const warning of warnings) console.log(`${file}: warning: ${warning}`);
  for (const error of errors) console.error(`${file}: error: ${error}`);
  if (errors.length === 0) console.log(`${file}: OK (${Object.keys(EXPECTED_FUNCTIONS).map((id) => `PERF.${id}`).join(', ')})`);
  return errors.length === 0 ? 0 : 1;
}

module.exports = { EXPECTED_FUNCTIONS, checkFunctionsJson };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
