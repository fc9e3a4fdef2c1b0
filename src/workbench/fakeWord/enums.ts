/**
 * The Word enums host code may read from the namespace it is given (`word.RangeLocation.content`,
 * `word.ErrorCodes.itemNotFound`), with the string values @types/office-js declares.
 */
import { BUILT_IN_STYLES } from "./styles";

export const RangeLocation = {
  whole: "Whole",
  start: "Start",
  end: "End",
  before: "Before",
  after: "After",
  content: "Content",
} as const;

export const SelectionMode = { select: "Select", start: "Start", end: "End" } as const;

export const InsertLocation = {
  before: "Before",
  after: "After",
  start: "Start",
  end: "End",
  replace: "Replace",
} as const;

export const ChangeTrackingMode = {
  off: "Off",
  trackAll: "TrackAll",
  trackMineOnly: "TrackMineOnly",
} as const;

/** Word.ChangeTrackingVersion (WordApi 1.4): getReviewedText's argument. */
export const ChangeTrackingVersion = { original: "Original", current: "Current" } as const;

/** Word.TrackedChangeType (WordApi 1.6). */
export const TrackedChangeType = {
  none: "None",
  added: "Added",
  deleted: "Deleted",
  formatted: "Formatted",
} as const;

/** Word.ErrorCodes. */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  searchDialogIsOpen: "SearchDialogIsOpen",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

/** OfficeExtension.ErrorCodes (the ones the fake can raise, plus the common rest). */
export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

/**
 * Word.BuiltInStyleName: every built-in styles.ts knows (paragraph and table styles), keyed as the
 * enum is (`heading1`, `tableGrid`, `gridTable5Dark_Accent2`), plus "Other".
 */
export const BuiltInStyleName: Readonly<Record<string, string>> = {
  other: "Other",
  ...Object.fromEntries(
    BUILT_IN_STYLES.map((s) => [s.builtIn[0].toLowerCase() + s.builtIn.slice(1), s.builtIn])
  ),
};

/** Word.ContentControlAppearance (WordApi 1.1). */
export const ContentControlAppearance = {
  boundingBox: "BoundingBox",
  tags: "Tags",
  hidden: "Hidden",
} as const;

/** The Word.ContentControlType values the fake produces: rich text controls around paragraphs. */
export const ContentControlType = {
  richText: "RichText",
  richTextParagraphs: "RichTextParagraphs",
} as const;
