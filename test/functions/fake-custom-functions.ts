// A minimal stand-in for the CustomFunctions global that Excel provides at run time: the Error
// class and the ErrorCode values PERF uses. Import it before src/functions.
import { STAND_IN_ERROR_CODES, StandInFunctionError, customFunctionsStandIn } from '../../src/functions/stand-in';

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = customFunctionsStandIn();

export { StandInFunctionError as FakeCustomFunctionsError, STAND_IN_ERROR_CODES as ErrorCode };

/** What a function returned, as a test can compare it: a number/string, or '#VALUE!: message'. */
export function shown(result: unknown): unknown {
  if (result instanceof StandInFunctionError) return `${result.code}: ${result.message ?? ''}`;
  return result;
}
