#!/usr/bin/env node
// Offline checks of the add-in manifest (CI runs them; `office-addin-manifest validate` needs the
// internet). For each manifest file:
//   1. libxml2's schema validation (xmllint-wasm, from npm: no system xmllint) against the Office
//      XSDs in ../shared/office-manifest-xsd (override: --schema-dir);
//   2. every resid is defined in <Resources>, with the right kind (an <Image> names a bt:Image…);
//   3. every URL is https;
//   4. the shared runtime's page, the FunctionFile, the custom-functions page and the task pane agree;
//   5. PERF's own policy: ReadWriteDocument only, no AppDomains, a SupportUrl, requirement sets in
//      <VersionOverrides> only (so older Office still lists the add-in and opens its pane), namespace
//      PERF, the two ribbon buttons (the pane's without a TaskpaneId), zh-CN overrides for every
//      visible text and for the functions' metadata;
//   6. with --dist DIR: every URL on the add-in's own origin names a file that the build wrote.
//
//   node scripts/check-manifest.js [--dist DIR] [--schema-dir DIR] [--no-schema] FILE...
'use strict';

const fs = require('fs');
const path = require('path');
const { parseXml, walk, localName } = require('./lib/xml');
const { validateManifestSchema } = require('./lib/schema');

const DEFAULT_SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'shared', 'office-manifest-xsd');

const RESOURCE_KINDS = { Images: 'image', Urls: 'url', ShortStrings: 'short string', LongStrings: 'long string' };

/** The kind of resource that an element's resid must name, or null when any kind will do. */
function expectedKind(element) {
  const name = localName(element.name);
  if (name === 'Image') return 'image';
  if (['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(name)) return 'url';
  if (['Label', 'Title', 'Namespace'].includes(name)) return 'short string';
  if (name === 'Description') return 'long string';
  return null;
}

// Elements whose value (DefaultValue, Override Value, or text) must be an absolute https URL.
function isUrlSetting(element, ancestors) {
  const names = [...ancestors, element].map((e) => localName(e.name));
  const owner = localName(element.name) === 'Override' ? names[names.length - 2] : names[names.length - 1];
  const ownerParent = localName(element.name) === 'Override' ? names[names.length - 3] : names[names.length - 2];
  if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomain'].includes(owner)) return true;
  if (owner === 'SourceLocation' && ownerParent === 'DefaultSettings') return true;
  return (owner === 'Url' && ownerParent === 'Urls') || (owner === 'Image' && ownerParent === 'Images');
}

function all(root, predicate) {
  const found = [];
  for (const entry of walk(root)) if (predicate(entry.element, entry.ancestors)) found.push(entry);
  return found;
}

const named = (name) => (element) => localName(element.name) === name;
const child = (element, name) => element.children.find(named(name));

function collectResources(root, errors) {
  const resources = new Map();
  for (const { element: group, ancestors } of all(root, (e) => localName(e.name) in RESOURCE_KINDS)) {
    if (localName(ancestors[ancestors.length - 1].name) !== 'Resources') continue;
    for (const item of group.children) {
      const id = item.attributes.id;
      if (!id) continue;
      if (resources.has(id)) errors.push(`resource id "${id}" is defined twice (line ${item.line})`);
      resources.set(id, { kind: RESOURCE_KINDS[localName(group.name)], element: item, used: false });
    }
  }
  return resources;
}

function checkResids(root, resources, errors, warnings) {
  for (const { element } of all(root, (e) => 'resid' in e.attributes)) {
    const resid = element.attributes.resid;
    const where = `<${element.name}> (line ${element.line})`;
    if (resid.length > 32) errors.push(`resid "${resid}" of ${where} is longer than 32 characters`);
    const resource = resources.get(resid);
    if (!resource) {
      errors.push(`resid "${resid}" used by ${where} is not defined in <Resources>`);
      continue;
    }
    resource.used = true;
    const kind = expectedKind(element);
    if (kind && resource.kind !== kind) errors.push(`resid "${resid}" used by ${where} must name a ${kind}, but it is a ${resource.kind}`);
  }
  for (const [id, resource] of resources) if (!resource.used) warnings.push(`resource "${id}" is defined but never used`);
}

function checkUrls(root, errors) {
  const urls = [];
  for (const { element, ancestors } of all(root, () => true)) {
    const values = Object.entries(element.attributes)
      .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .map(([name, value]) => ({ value, required: isUrlSetting(element, ancestors) && (name === 'DefaultValue' || name === 'Value') }));
    const text = element.children.length === 0 ? element.text.trim() : '';
    if (text) values.push({ value: text, required: isUrlSetting(element, ancestors) });
    for (const { value, required } of values) {
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
      if (!looksLikeUrl && !required) continue;
      const where = `<${element.name}> (line ${element.line})`;
      if (!looksLikeUrl) errors.push(`${where} must hold an absolute https URL, found "${value}"`);
      else if (!/^https:\/\/[^/]/i.test(value)) errors.push(`${where} uses a URL that is not https: ${value}`);
      else urls.push(value);
    }
  }
  return urls;
}

/** The URL an element points at: through its resid, or its own DefaultValue. */
function locationOf(element, resources) {
  if (!element) return undefined;
  if (element.attributes.resid) {
    const resource = resources.get(element.attributes.resid);
    return resource ? resource.element.attributes.DefaultValue : undefined;
  }
  return element.attributes.DefaultValue;
}

function checkSharedRuntime(root, resources, errors) {
  const runtimes = all(root, named('Runtime')).map((entry) => entry.element);
  if (runtimes.length !== 1) {
    errors.push(`expected exactly one <Runtime> (the shared runtime), found ${runtimes.length}`);
    return undefined;
  }
  const runtime = runtimes[0];
  if (runtime.attributes.lifetime !== 'long') errors.push('<Runtime> needs lifetime="long" so functions run while the pane is closed');
  const page = locationOf(runtime, resources);
  const customFunctions = all(root, (e) => named('ExtensionPoint')(e) && e.attributes['xsi:type'] === 'CustomFunctions')[0];
  const pages = [
    ['<FunctionFile>', all(root, named('FunctionFile')).map((entry) => entry.element)],
    ['the custom-functions <Page>', customFunctions ? [child(child(customFunctions.element, 'Page') || { children: [] }, 'SourceLocation')] : []],
    ['a ShowTaskpane action', all(root, (e) => e.attributes['xsi:type'] === 'ShowTaskpane').map((entry) => child(entry.element, 'SourceLocation'))],
    ['<DefaultSettings>', all(root, named('DefaultSettings')).map((entry) => child(entry.element, 'SourceLocation'))],
  ];
  for (const [label, elements] of pages) {
    if (elements.length === 0) errors.push(`no ${label} found: the shared runtime needs it on ${page}`);
    for (const element of elements) {
      const url = locationOf(element, resources);
      if (url !== page) errors.push(`${label} loads ${url}, but the shared runtime's page is ${page}: they must agree`);
    }
  }
  if (customFunctions && page) {
    for (const part of ['Script', 'Metadata']) {
      const url = locationOf(child(child(customFunctions.element, part) || { children: [] }, 'SourceLocation'), resources);
      if (!url) errors.push(`the custom functions have no ${part} URL`);
      else if (new URL(url).origin !== new URL(page).origin) errors.push(`custom functions ${part} ${url} is not on the page's origin ${new URL(page).origin}`);
    }
  }
  return page;
}

function stringValue(element, resources) {
  const resource = element && resources.get(element.attributes.resid);
  return resource ? resource.element.attributes.DefaultValue : undefined;
}

function hasZhOverride(element) {
  return element.children.some((c) => localName(c.name) === 'Override' && c.attributes.Locale === 'zh-CN');
}

/** What each feature needs: the sets PERF declares, and the least version of each. */
const REQUIRED_SETS = { SharedRuntime: '1.1', CustomFunctionsRuntime: '1.2' };

function versionAtLeast(version, least) {
  const a = String(version).split('.').map(Number);
  const b = least.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
  }
  return true;
}

/**
 * SharedRuntime and CustomFunctionsRuntime belong in <VersionOverrides>' <Requirements>: there they
 * switch off only the ribbon, the functions and the shared runtime on a client without them. In the
 * top-level <Requirements> they hide the add-in from Office 2016 and 2019 altogether.
 */
function checkRequirements(root, errors) {
  const topLevel = child(root, 'Requirements');
  if (topLevel) {
    for (const { element } of all(topLevel, named('Set'))) {
      if (element.attributes.Name in REQUIRED_SETS) {
        errors.push(`requirement set ${element.attributes.Name} is in the top-level <Requirements> (line ${element.line}): Office without it (2016, 2019 volume) would not list PERF at all; declare it in <VersionOverrides>`);
      }
    }
  }
  const overrides = child(root, 'VersionOverrides');
  const requirements = overrides && child(overrides, 'Requirements');
  const sets = requirements ? all(requirements, named('Set')).map((entry) => entry.element) : [];
  const defaultVersion = requirements && child(requirements, 'Sets') ? child(requirements, 'Sets').attributes.DefaultMinVersion || '1.1' : '1.1';
  for (const [name, least] of Object.entries(REQUIRED_SETS)) {
    const set = sets.find((s) => s.attributes.Name === name);
    if (!set) errors.push(`requirement set ${name} ${least} is missing from <VersionOverrides>`);
    else if (!versionAtLeast(set.attributes.MinVersion || defaultVersion, least)) {
      errors.push(`requirement set ${name} must be at least ${least} (found ${set.attributes.MinVersion || defaultVersion})`);
    }
  }
}

/** The functions' metadata has a zh-CN override (the Chinese function names) on the same origin. */
function checkLocalisedMetadata(root, resources, errors) {
  const customFunctions = all(root, (e) => named('ExtensionPoint')(e) && e.attributes['xsi:type'] === 'CustomFunctions')[0];
  const location = customFunctions && child(child(customFunctions.element, 'Metadata') || { children: [] }, 'SourceLocation');
  const resource = location && resources.get(location.attributes.resid);
  if (!resource) return;
  const override = resource.element.children.find((c) => localName(c.name) === 'Override' && c.attributes.Locale === 'zh-CN');
  if (!override) {
    errors.push(`the functions' metadata "${location.attributes.resid}" needs a zh-CN <bt:Override> (the Chinese function names)`);
    return;
  }
  const base = resource.element.attributes.DefaultValue;
  try {
    if (new URL(override.attributes.Value).origin !== new URL(base).origin) errors.push(`the zh-CN functions' metadata ${override.attributes.Value} is not on the origin of ${base}`);
  } catch {
    // checkUrls reports a value that is not a URL.
  }
}

/** PERF's own rules: what the security and localisation requirements of the product ask. */
function checkPerfPolicy(root, resources, errors) {
  const top = (name) => child(root, name);
  const text = (name) => (top(name) ? top(name).text.trim() : undefined);
  if (text('Permissions') !== 'ReadWriteDocument') errors.push(`<Permissions> must be ReadWriteDocument, found ${text('Permissions')}`);
  if (top('AppDomains') && top('AppDomains').children.length > 0) errors.push('<AppDomains> must list no domain: PERF talks to no other host');
  if (text('DefaultLocale') !== 'en-US') errors.push('<DefaultLocale> must be en-US (zh-CN comes as overrides)');
  for (const name of ['DisplayName', 'Description']) {
    if (!top(name) || !hasZhOverride(top(name))) errors.push(`<${name}> needs a zh-CN <Override>`);
  }
  checkRequirements(root, errors);
  const support = top('SupportUrl');
  if (!support || !support.attributes.DefaultValue) errors.push('<SupportUrl> is missing: AppSource and admins need a page that explains the add-in');
  for (const { element } of all(root, (e) => e.attributes['xsi:type'] === 'ShowTaskpane')) {
    if (child(element, 'TaskpaneId')) errors.push(`the ShowTaskpane action (line ${element.line}) has a <TaskpaneId>: with a shared runtime it would open a second pane`);
  }
  checkLocalisedMetadata(root, resources, errors);
  const namespace = all(root, named('Namespace'))[0];
  if (!namespace || stringValue(namespace.element, resources) !== 'PERF') errors.push('the custom functions namespace must be PERF');
  if (!all(root, (e) => named('OfficeTab')(e) && e.attributes.id === 'TabHome').length) errors.push('the ribbon group must be on the Home tab (OfficeTab id="TabHome")');
  const functionNames = all(root, named('FunctionName')).map((entry) => entry.element.text.trim());
  if (!functionNames.includes('validateWorkbook')) errors.push('no ExecuteFunction button runs validateWorkbook');
  if (!all(root, (e) => e.attributes['xsi:type'] === 'ShowTaskpane').length) errors.push('no button opens the task pane (ShowTaskpane)');
  const visibleTexts = all(root, (e) => ['Label', 'Title', 'Description'].includes(localName(e.name)) && 'resid' in e.attributes);
  for (const resid of new Set(visibleTexts.map(({ element }) => element.attributes.resid))) {
    const resource = resources.get(resid);
    if (resource && !hasZhOverride(resource.element)) errors.push(`text "${resid}" needs a zh-CN <bt:Override>`);
  }
  for (const { element } of all(root, named('Icon'))) {
    const sizes = element.children.map((image) => image.attributes.size);
    for (const size of ['16', '32', '80']) if (!sizes.includes(size)) errors.push(`ribbon <Icon> (line ${element.line}) lacks the required ${size} px image`);
  }
}

function checkDistFiles(urls, page, distDir, errors) {
  const origin = new URL(page).href.replace(/[^/]*$/, '');
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(origin).pathname.length));
    if (!fs.existsSync(path.join(distDir, relative))) errors.push(`${url} names ${relative}, which the build did not write to ${distDir}`);
  }
}

/**
 * Checks manifest XML text (no schema). Returns { errors, warnings, facts }; never throws.
 * options: { policy = true, distDir }.
 */
function checkManifest(xml, options = {}) {
  const errors = [];
  const warnings = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return { errors: [`not well-formed XML: ${error.message}`], warnings, facts: {} };
  }
  const resources = collectResources(root, errors);
  checkResids(root, resources, errors, warnings);
  const urls = checkUrls(root, errors);
  const page = checkSharedRuntime(root, resources, errors);
  if (options.policy !== false) checkPerfPolicy(root, resources, errors);
  if (options.distDir && page) checkDistFiles(urls, page, options.distDir, errors);
  return { errors, warnings, facts: { resids: resources.size, urls: urls.length, page } };
}

/**
 * The manifest file against the Office XSDs in schemaDir (libxml2 in WebAssembly, offline). Resolves
 * to a list of errors, each "file:line: message"; empty when the file validates.
 */
async function validateSchema(file, schemaDir) {
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return [`cannot read ${file} (${error.code || error.message})`];
  }
  return validateManifestSchema(xml, schemaDir, path.basename(file));
}

async function main(argv) {
  const files = [];
  let distDir;
  let schemaDir = DEFAULT_SCHEMA_DIR;
  let schema = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') distDir = path.resolve(argv[++i]);
    else if (argv[i] === '--schema-dir') schemaDir = path.resolve(argv[++i]);
    else if (argv[i] === '--no-schema') schema = false;
    else files.push(argv[i]);
  }
  if (files.length === 0) files.push('manifest.xml');
  let failed = false;
  for (const file of files) {
    let xml;
    try {
      xml = fs.readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read (${error.code || error.message})`);
      failed = true;
      continue;
    }
    const schemaErrors = schema ? (await validateSchema(file, schemaDir)).map((e) => `schema: ${e}`) : [];
    const { errors, warnings, facts } = checkManifest(xml, { distDir });
    for (const warning of warnings) console.log(`${file}: warning: ${warning}`);
    const all = [...schemaErrors, ...errors];
    if (all.length > 0) {
      failed = true;
      for (const error of all) console.error(`${file}: error: ${error}`);
    } else {
      const checks = [schema ? 'schema' : 'no schema', `${facts.resids} resources`, `${facts.urls} https URLs`, `shared runtime page ${facts.page}`];
      if (distDir) checks.push(`files in ${path.relative(process.cwd(), distDir) || '.'}`);
      console.log(`${file}: OK (${checks.join(', ')})`);
    }
  }
  return failed ? 1 : 0;
}

module.exports = { checkManifest, validateSchema, DEFAULT_SCHEMA_DIR, REQUIRED_SETS };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error.stack || String(error));
      process.exitCode = 2;
    },
  );
}
