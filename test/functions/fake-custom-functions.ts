// A minimal stand-in for the CustomFunctions global that Excel provides at run time: the Error
// class and the ErrorCode values PERF uses. Import it before src/functions.
class FakeCustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode };

export { FakeCustomFunctionsError, ErrorCode };

/** What a function returned, as a test can compare it: a number/string, or '#VALUE!: message'. */
export function shown(result: unknown): unknown {
  if (result instanceof FakeCustomFunctionsError) return `${result.code}: ${result.message ?? ''}`;
  return result;
}
