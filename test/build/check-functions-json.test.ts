// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, no types
const { checkFunctionsJson, EXPECTED_FUNCTIONS } = require('../../scripts/check-functions-json.js');

interface Parameter {
  name: string;
  description: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: object;
}

const param = (name: string, extra: Partial<Parameter> = {}): Parameter => ({ name, description: `the ${name}`, type: 'any', ...extra });
const fn = (id: string, parameters: Parameter[]): FunctionMetadata => ({ id, name: id, description: `PERF.${id}`, parameters, result: {} });

/** functions.json as custom-functions-metadata writes it for the documented PERF.* signatures. */
function conforming(): { allowErrorForDataTypeAny?: boolean; functions: FunctionMetadata[] } {
  return {
    allowErrorForDataTypeAny: true,
    functions: [
      fn('SCORE', [param('op'), param('target'), param('actual'), param('weight'), param('profile', { optional: true })]),
      fn('RATE', [param('op'), param('target'), param('actual')]),
      fn('QUAL', [param('grade'), param('weight'), param('profile', { optional: true })]),
      fn('BUDGET', [param('budget'), param('spent'), param('weight', { optional: true })]),
      fn('GRADE', [param('total', { type: 'number' })]),
      fn('TOTAL', [param('scores', { dimensionality: 'matrix' })]),
      fn('CHECK', [param('weights', { dimensionality: 'matrix' }), param('expected', { optional: true })]),
    ],
  };
}

function withFunction(id: string, change: (f: FunctionMetadata) => void) {
  const metadata = conforming();
  change(metadata.functions.find((f) => f.id === id)!);
  return metadata;
}

describe('functions.json check', () => {
  it('expects the seven PERF functions of DESIGN.md §5', () => {
    expect(Object.keys(EXPECTED_FUNCTIONS).sort()).toEqual(['BUDGET', 'CHECK', 'GRADE', 'QUAL', 'RATE', 'SCORE', 'TOTAL']);
  });

  it('accepts metadata that matches the documented signatures', () => {
    expect(checkFunctionsJson(conforming())).toEqual({ errors: [], warnings: [] });
  });

  it('names each missing function with its expected signature', () => {
    const metadata = conforming();
    metadata.functions = metadata.functions.filter((f) => f.id !== 'SCORE' && f.id !== 'CHECK');
    expect(checkFunctionsJson(metadata).errors).toEqual([
      'PERF.SCORE(op, target, actual, weight, [profile]) is missing',
      'PERF.CHECK(weights (range), [expected]) is missing',
    ]);
  });

  it('flags a parameter that should be optional but is required', () => {
    const metadata = withFunction('SCORE', (f) => delete f.parameters[4].optional);
    expect(checkFunctionsJson(metadata).errors).toEqual([
      'SCORE: expected PERF.SCORE(op, target, actual, weight, [profile]), generated PERF.SCORE(op, target, actual, weight, profile)',
    ]);
  });

  it('flags a range argument generated as a single value (number[] instead of number[][])', () => {
    const metadata = withFunction('TOTAL', (f) => {
      delete f.parameters[0].dimensionality;
      f.parameters[0].type = 'number';
    });
    expect(checkFunctionsJson(metadata).errors).toEqual(['TOTAL: expected PERF.TOTAL(scores (range)), generated PERF.TOTAL(scores)']);
  });

  it('flags renamed, missing and extra parameters', () => {
    const renamed = withFunction('BUDGET', (f) => (f.parameters[1].name = 'actual'));
    expect(checkFunctionsJson(renamed).errors).toEqual([
      'BUDGET: expected PERF.BUDGET(budget, spent, [weight]), generated PERF.BUDGET(budget, actual, [weight])',
    ]);
    const shorter = withFunction('RATE', (f) => f.parameters.pop());
    expect(checkFunctionsJson(shorter).errors).toEqual(['RATE: expected PERF.RATE(op, target, actual), generated PERF.RATE(op, target)']);
    const longer = withFunction('GRADE', (f) => f.parameters.push(param('profile', { optional: true })));
    expect(checkFunctionsJson(longer).errors).toEqual(['GRADE: expected PERF.GRADE(total), generated PERF.GRADE(total, [profile])']);
  });

  it('asks for descriptions, because Excel shows them while typing a formula', () => {
    const metadata = withFunction('QUAL', (f) => {
      f.description = '';
      f.parameters[0].description = '';
    });
    expect(checkFunctionsJson(metadata).errors).toEqual(['QUAL: no description (Excel shows it in formula autocomplete)', 'QUAL: parameter grade has no description']);
  });

  it('flags duplicate and lower-case ids, and only warns about unexpected functions', () => {
    const metadata = conforming();
    metadata.functions.push(fn('GRADE', [param('total')]), fn('score2', [param('x')]), fn('EXTRA', [param('x')]));
    const result = checkFunctionsJson(metadata);
    expect(result.errors).toEqual(['GRADE is defined twice', 'score2: ids are upper-case ASCII']);
    expect(result.warnings).toEqual([
      'score2 is not in the expected list (add it to EXPECTED_FUNCTIONS if it is meant to ship)',
      'EXTRA is not in the expected list (add it to EXPECTED_FUNCTIONS if it is meant to ship)',
    ]);
  });

  it('asks for "allowErrorForDataTypeAny": true, without which error values in a range never reach PERF.TOTAL or PERF.CHECK', () => {
    const message =
      '"allowErrorForDataTypeAny": true is missing: Excel would not pass error values in a range to PERF.TOTAL or PERF.CHECK (the build adds it: scripts/functions-json-errors.js)';
    for (const value of [undefined, false, 'true']) {
      const metadata = conforming();
      if (value === undefined) delete metadata.allowErrorForDataTypeAny;
      else (metadata as Record<string, unknown>).allowErrorForDataTypeAny = value;
      expect(checkFunctionsJson(metadata).errors).toEqual([message]);
    }
  });

  it('asks for range parameters of type any (error values reach only those)', () => {
    const metadata = withFunction('CHECK', (f) => (f.parameters[0].type = 'number'));
    expect(checkFunctionsJson(metadata).errors).toEqual(['CHECK: range parameter weights is of type number, not any: its error values would not reach the function']);
  });

  it.each([[null], [{}], [{ functions: 'GRADE' }]])('answers malformed metadata %j with a message', (metadata) => {
    expect(checkFunctionsJson(metadata)).toEqual({ errors: ['functions.json has no "functions" array'], warnings: [] });
  });
});
