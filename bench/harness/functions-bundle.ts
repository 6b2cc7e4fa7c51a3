// PERF's custom functions as Excel gets them: the production dist/functions.js is evaluated with a
// stand-in CustomFunctions global, and the functions it registers through
// CustomFunctions.associate (added by custom-functions-metadata-plugin) are called as Excel would.
import { readFileSync } from 'node:fs';
import { compileFunction } from 'node:vm';
import { customFunctionsStandIn } from '../../src/functions/stand-in';

export type RegisteredFunction = (...args: unknown[]) => unknown;

/** The functions dist/functions.js registers, by id ('SCORE', 'RATE'…). */
export function loadRegisteredFunctions(file: string): ReadonlyMap<string, RegisteredFunction> {
  const registered = new Map<string, RegisteredFunction>();
  const customFunctions = {
    associate: (id: string | Record<string, RegisteredFunction>, fn?: RegisteredFunction) => {
      if (typeof id === 'string' && fn) registered.set(id, fn);
      else if (typeof id === 'object') for (const [k, v] of Object.entries(id)) registered.set(k, v);
    },
    ...customFunctionsStandIn(),
  };
  // In this realm (not a vm context), so the code runs at full speed.
  const run = compileFunction(readFileSync(file, 'utf8'), ['CustomFunctions'], { filename: file });
  run(customFunctions);
  return registered;
}
