#!/usr/bin/env node
// `npm run fixtures`: runs scripts/build-fixtures.ts (and the TypeScript sources it imports) through
// TypeScript's own transpiler (scripts/ts-require.js), so no extra runner (ts-node, tsx) is needed.
'use strict';

require('./ts-require');
require('./build-fixtures.ts');
