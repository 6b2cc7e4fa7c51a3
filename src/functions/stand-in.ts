// The CustomFunctions global the functions' code builds its errors with (CustomFunctions.Error and
// CustomFunctions.ErrorCode), for where Office does not provide one: WPS at run time, and Node in
// the tests and the bench. Only the parts PERF uses.

export class StandInFunctionError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

export const STAND_IN_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** A CustomFunctions object with the stand-in Error and ErrorCode. */
export function customFunctionsStandIn(): { Error: typeof StandInFunctionError; ErrorCode: typeof STAND_IN_ERROR_CODES } {
  return { Error: StandInFunctionError, ErrorCode: STAND_IN_ERROR_CODES };
}
