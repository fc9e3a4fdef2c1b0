/**
 * Errors shaped like Office.js's OfficeExtension.Error: the runtime (node_modules/@microsoft/office-js,
 * `_Internal.RuntimeError`) sets `name = "RichApi.Error"` and copies `code`, `message`, `debugInfo`,
 * `traceMessages` and `innerError`; the error codes and their messages are listed on
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * and the OfficeExtension strings (L_PropertyNotLoaded, L_InvalidObjectPath, …) in the runtime.
 */

export type FakeDebugInfo = {
  code: string;
  message: string;
  /** The object type and member that failed, e.g. "Body.search". */
  errorLocation?: string;
  /** What the fake found wrong, in words (the real debugInfo.innerError may be a string too). */
  innerError?: string;
};

export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  traceMessages: string[] = [];
  readonly innerError: RichApiError | null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string, detail?: string) {
    super(message);
    this.code = code;
    this.httpStatusCode = code === ErrorCode.generalException ? 500 : 400;
    this.debugInfo = { code, message };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
    if (detail !== undefined) this.debugInfo.innerError = detail;
  }
}

/** OfficeExtension.ErrorCodes and Word.ErrorCodes values the fake raises. */
export const ErrorCode = {
  propertyNotLoaded: "PropertyNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  runMustReturnPromise: "RunMustReturnPromise",
  apiNotFound: "ApiNotFound",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  generalException: "GeneralException",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
  accessDenied: "AccessDenied",
  valueNotLoaded: "ValueNotLoaded",
} as const;

// Messages copied from the Office.js runtime's resource strings (en-us) and the error-handling page.
export function propertyNotLoaded(entity: string, property: string): RichApiError {
  return new RichApiError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}

export function invalidObjectPath(path: string): RichApiError {
  return new RichApiError(
    ErrorCode.invalidObjectPath,
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path
  );
}

export function invalidRequestContext(location: string): RichApiError {
  return new RichApiError(
    ErrorCode.invalidRequestContext,
    "Cannot use the object across different request contexts.",
    location
  );
}

export function runMustReturnPromise(): RichApiError {
  return new RichApiError(
    ErrorCode.runMustReturnPromise,
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
    "Word.run"
  );
}

export function invalidArgument(location: string, detail: string): RichApiError {
  // The message Word returns, as quoted in https://github.com/OfficeDev/office-js/issues/2413.
  return new RichApiError(
    ErrorCode.invalidArgument,
    "The argument you provided is not valid. Check the OfficeExtension.Error.debugInfo for more information.",
    location,
    detail
  );
}

export function itemNotFound(location: string, detail: string): RichApiError {
  return new RichApiError(
    ErrorCode.itemNotFound,
    "The requested resource doesn't exist.",
    location,
    detail
  );
}

export function searchStringInvalidOrTooLong(location: string, detail: string): RichApiError {
  return new RichApiError(
    ErrorCode.searchStringInvalidOrTooLong,
    "The search string is invalid or too long.",
    location,
    detail
  );
}

export function apiNotFound(location: string, requirement: string): RichApiError {
  return new RichApiError(
    ErrorCode.apiNotFound,
    `The method or property ${location} is part of the WordApi ${requirement} requirement set, which is not available in your version of Word.`,
    location
  );
}

/**
 * A write to a document opened read-only. The fake raises AccessDenied with the message Word gives when
 * it refuses a write for lack of permission ("You don't have sufficient permissions for this action.",
 * https://github.com/OfficeDev/office-js/issues/6907). Real Word is not consistent here — in Viewing mode
 * some writes fail with GeneralException instead (https://github.com/OfficeDev/office-js/issues/5484) —
 * so the add-in should check Office.context.document.mode rather than the code.
 */
export function accessDenied(location: string): RichApiError {
  return new RichApiError(
    ErrorCode.accessDenied,
    "You don't have sufficient permissions for this action.",
    location,
    "The document is open read-only."
  );
}

/**
 * Reading a ClientResult's value before the sync that fills it: the Office.js runtime's
 * ClientResult.value getter throws ValueNotLoaded with errorLocation "clientResult.value"
 * (node_modules/@microsoft/office-js/dist/word-web-16.00.debug.js, resource string ValueNotLoaded).
 */
export function valueNotLoaded(): RichApiError {
  return new RichApiError(
    ErrorCode.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    "clientResult.value"
  );
}

export function notImplemented(location: string, detail: string): RichApiError {
  return new RichApiError(
    ErrorCode.notImplemented,
    "The requested feature isn't implemented.",
    location,
    detail
  );
}

/** Anything else thrown while a batch runs is a bug in the fake: surface it, still shaped like Word's. */
export function asRichApiError(error: unknown, location: string): RichApiError {
  if (error instanceof RichApiError) {
    if (error.debugInfo.errorLocation === undefined) error.debugInfo.errorLocation = location;
    return error;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new RichApiError(
    ErrorCode.generalException,
    "There was an internal error while processing the request.",
    location,
    detail
  );
}
