#!/usr/bin/env node
// `npm run accuracy`: runs scripts/accuracy.ts (and the TypeScript it imports, src included) through
// TypeScript's own transpiler (scripts/ts-require.js): no extra runner needed.
'use strict';

require('./ts-require');
require('./accuracy.ts');
