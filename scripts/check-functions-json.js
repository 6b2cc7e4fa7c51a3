#!/usr/bin/env node
// Checks the functions.json that custom-functions-metadata-plugin generated (after `npm run build`)
// against the PERF.* interface of DESIGN.md §5, and the Chinese functions-zh-CN.json beside it
// (scripts/functions-json-zh.js) against functions.json: same ids, parameters and types, display
// names that Excel accepts and that no built-in function has. The expected functions are data: when a
// signature changes on purpose, change EXPECTED_FUNCTIONS below in the same commit. It also checks
// that the build set "allowErrorForDataTypeAny": true (scripts/functions-json-errors.js) and that the
// range parameters are of type any: without both, Excel never passes an error value such as #N/A in
// a range to PERF.TOTAL or PERF.CHECK, it answers the error itself.
//
//   node scripts/check-functions-json.js [dist/functions.json [dist/functions-zh-CN.json]]
'use strict';

const fs = require('fs');
const path = require('path');
const { PROPERTY: ALLOW_ERRORS } = require('./functions-json-errors');
const { ASSET: ZH_ASSET } = require('./functions-json-zh');

const NAMESPACE = 'PERF';

// Excel 4.0 macro functions: a custom function must not take their names (Microsoft's naming rules).
// The common ones; the built-in worksheet functions come from HyperFormula's lists, every language.
const MACRO_FUNCTIONS = [
  'ABSREF', 'ACTIVE.CELL', 'ADD.BAR', 'ADD.COMMAND', 'ADD.MENU', 'ADD.TOOLBAR', 'ALERT', 'APP.TITLE', 'ARGUMENT', 'CALLER',
  'CANCEL.KEY', 'DEREF', 'DIRECTORY', 'DOCUMENTS', 'ECHO', 'ELSE', 'ELSE.IF', 'END.IF', 'ERROR', 'EVALUATE', 'EXEC', 'FCLOSE',
  'FILES', 'FOPEN', 'FOR', 'FOR.CELL', 'FORMULA', 'FREAD', 'FWRITE', 'GET.CELL', 'GET.DOCUMENT', 'GET.FORMULA', 'GET.NAME',
  'GET.WORKBOOK', 'GET.WORKSPACE', 'GOTO', 'HALT', 'HELP', 'INPUT', 'MESSAGE', 'NEXT', 'PAUSE', 'REGISTER', 'RESTART',
  'RESULT', 'RETURN', 'RUN', 'SELECTION', 'SET.NAME', 'SET.VALUE', 'STEP', 'VOLATILE', 'WAIT', 'WHILE', 'WINDOWS',
];

let builtInNames;
/** Upper-case names of built-in Excel functions in every language HyperFormula knows, and macro functions. */
function builtInFunctionNames() {
  if (!builtInNames) {
    builtInNames = new Set(MACRO_FUNCTIONS);
    // eslint-disable-next-line global-require -- loaded only when names are checked
    const languages = require('hyperformula/commonjs/i18n/languages');
    for (const [code, language] of Object.entries(languages)) {
      if (code === '__esModule' || !language || !language.functions) continue;
      for (const [id, translated] of Object.entries(language.functions)) {
        builtInNames.add(id.toUpperCase());
        builtInNames.add(String(translated).toUpperCase());
      }
    }
  }
  return builtInNames;
}

/**
 * What is wrong with a custom function's display name (Microsoft's rules for `name`): it starts
 * with a letter, has at least three characters, only Unicode letters, "_" and "."; it is no cell
 * reference (A1, R1C1 style) and no built-in or macro function, neither alone nor with the
 * namespace (a Chinese name is checked alone as well, since it is what the user types after PERF.).
 */
function nameProblems(name, { alone = true } = {}) {
  const problems = [];
  if (typeof name !== 'string' || name === '') return ['no name'];
  if (!/^\p{L}[\p{L}_.]*$/u.test(name)) problems.push('only letters, "_" and "." are allowed, starting with a letter');
  if ([...name].length < 3) problems.push('at least three characters');
  if (/^[A-Z]{1,3}[0-9]+$/i.test(name) || /^R[0-9]*C[0-9]*$/i.test(name)) problems.push('it reads as a cell reference');
  const builtIns = builtInFunctionNames();
  if (builtIns.has(`${NAMESPACE}.${name}`.toUpperCase())) problems.push(`${NAMESPACE}.${name} is a built-in function`);
  if (alone && builtIns.has(name.toUpperCase())) problems.push('it is the name of a built-in function');
  return problems;
}

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

/** What callers of a function see of a parameter, in both languages alike. */
function shape(parameter) {
  return JSON.stringify({
    name: parameter.name,
    type: parameter.type,
    optional: parameter.optional === true,
    dimensionality: parameter.dimensionality || 'scalar',
    repeating: parameter.repeating === true,
  });
}

/**
 * Compares the Chinese metadata with functions.json: the same ids in the same order, the same
 * parameters and types, the same result and options; a Chinese display name per function that
 * follows the naming rules and is unique; Chinese descriptions. Returns { errors, warnings }.
 */
function checkChineseFunctionsJson(chinese, english) {
  const errors = [];
  const warnings = [];
  if (!chinese || !Array.isArray(chinese.functions)) return { errors: [`${ZH_ASSET} has no "functions" array`], warnings };
  if (!english || !Array.isArray(english.functions)) return { errors: ['functions.json has no "functions" array'], warnings };
  if (chinese[ALLOW_ERRORS] !== english[ALLOW_ERRORS]) errors.push(`"${ALLOW_ERRORS}" differs from functions.json`);
  const ids = (metadata) => metadata.functions.map((fn) => fn && fn.id);
  if (JSON.stringify(ids(chinese)) !== JSON.stringify(ids(english))) {
    errors.push(`ids differ from functions.json: ${ids(chinese).join(', ')} instead of ${ids(english).join(', ')}`);
  }
  const names = new Map();
  for (const fn of chinese.functions) {
    if (!fn || typeof fn.id !== 'string') continue;
    const base = english.functions.find((e) => e && e.id === fn.id);
    if (!base) continue;
    const before = (fn.parameters || []).map(shape);
    const after = (base.parameters || []).map(shape);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      errors.push(`${fn.id}: parameters differ from functions.json (${(fn.parameters || []).map((p) => p.name).join(', ')})`);
    }
    for (const key of ['result', 'options']) {
      if (JSON.stringify(fn[key]) !== JSON.stringify(base[key])) errors.push(`${fn.id}: "${key}" differs from functions.json`);
    }
    for (const problem of nameProblems(fn.name)) errors.push(`${fn.id}: display name "${fn.name}": ${problem}`);
    if (typeof fn.name === 'string' && !/\p{Script=Han}/u.test(fn.name)) errors.push(`${fn.id}: display name "${fn.name}" is not Chinese`);
    const key = String(fn.name).toUpperCase();
    if (names.has(key)) errors.push(`${fn.id}: display name "${fn.name}" is also ${names.get(key)}'s`);
    names.set(key, fn.id);
    if (!/^\p{Script=Han}/u.test(fn.description || '')) errors.push(`${fn.id}: the description is not Chinese`);
    for (const p of fn.parameters || []) {
      if (!/^\p{Script=Han}/u.test(p.description || '')) errors.push(`${fn.id}: parameter ${p.name} has no Chinese description`);
    }
  }
  return { errors, warnings };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function main(argv) {
  const file = argv[0] || path.join('dist', 'functions.json');
  const zhFile = argv[1] || path.join(path.dirname(file), ZH_ASSET);
  let metadata;
  let chinese;
  try {
    metadata = readJson(file);
    chinese = readJson(zhFile);
  } catch (error) {
    console.error(`cannot read ${metadata ? zhFile : file} (${error.code || error.message}); run \`npm run build\` first`);
    return 1;
  }
  let failed = false;
  const report = (name, { errors, warnings }, ok) => {
    for (const warning of warnings) console.log(`${name}: warning: ${warning}`);
    for (const error of errors) console.error(`${name}: error: ${error}`);
    if (errors.length === 0) console.log(`${name}: OK (${ok})`);
    else failed = true;
  };
  report(file, checkFunctionsJson(metadata), Object.keys(EXPECTED_FUNCTIONS).map((id) => `${NAMESPACE}.${id}`).join(', '));
  report(zhFile, checkChineseFunctionsJson(chinese, metadata), (chinese.functions || []).map((fn) => `${NAMESPACE}.${fn && fn.name}`).join(', '));
  return failed ? 1 : 0;
}

module.exports = { EXPECTED_FUNCTIONS, checkFunctionsJson, checkChineseFunctionsJson, nameProblems };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
