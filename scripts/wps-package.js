// The install files of the WPS add-in, written by webpack.wps.config.js (npm run build:wps):
// manifest.xml (the add-in's <JsPlugin>), jsplugins.xml (online install from an intranet server:
// the add-in's URL, set at build time) and publish.xml (offline install: the add-in folder
// PERF_<version> copied into the user's jsaddons folder). Kept apart from the config so tests can
// check them without a build.
'use strict';

const ADDIN_NAME = 'PERF';
const DEFAULT_WPS_URL = 'http://127.0.0.1:3889/perf/';

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The add-in's online URL: `--env wpsUrl=…` or PERF_WPS_URL; http(s), ending in '/'. */
function wpsUrl(env) {
  const raw = (env && env.wpsUrl) || process.env.PERF_WPS_URL || DEFAULT_WPS_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`wpsUrl is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`wpsUrl must be http or https: ${raw}`);
  if (url.search || url.hash) throw new Error(`wpsUrl must not carry a query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function manifestXml(version) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<JsPlugin>',
    '  <ApiVersion>1.0.0</ApiVersion>',
    `  <Name>${ADDIN_NAME}</Name>`,
    `  <Version>${escapeXml(version)}</Version>`,
    '  <Description>绩效自评表校验：评分函数、表格识别、规则校验与一键修正。</Description>',
    '</JsPlugin>',
    '',
  ].join('\n');
}

function jspluginsXml(url) {
  return ['<jsplugins>', `  <jspluginonline name="${ADDIN_NAME}" type="et" url="${escapeXml(url)}"/>`, '</jsplugins>', ''].join('\n');
}

function offlineFolder(version) {
  return `${ADDIN_NAME}_${version}`;
}

function publishXml(version) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${ADDIN_NAME}" type="et" url="${offlineFolder(version)}" version="${escapeXml(version)}" enable="enable_dev" install="null"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

module.exports = { ADDIN_NAME, DEFAULT_WPS_URL, wpsUrl, manifestXml, jspluginsXml, publishXml, offlineFolder };
