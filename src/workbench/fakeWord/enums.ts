/**
 * The Word enums host code may read from the namespace it is given (`word.RangeLocation.content`,
 * `word.ErrorCodes.itemNotFound`), with the string values @types/office-js declares.
 */
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

/** The Word.BuiltInStyleName values styles.ts can produce. */
export const BuiltInStyleName = {
  other: "Other",
  normal: "Normal",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  heading4: "Heading4",
  heading5: "Heading5",
  heading6: "Heading6",
  heading7: "Heading7",
  heading8: "Heading8",
  heading9: "Heading9",
  toc1: "Toc1",
  toc2: "Toc2",
  toc3: "Toc3",
  toc4: "Toc4",
  toc5: "Toc5",
  toc6: "Toc6",
  toc7: "Toc7",
  toc8: "Toc8",
  toc9: "Toc9",
  footnoteText: "FootnoteText",
  header: "Header",
  footer: "Footer",
  caption: "Caption",
  title: "Title",
  subtitle: "Subtitle",
  noSpacing: "NoSpacing",
  listParagraph: "ListParagraph",
  quote: "Quote",
  intenseQuote: "IntenseQuote",
  bibliography: "Bibliography",
  tocHeading: "TocHeading",
  tableGrid: "TableGrid",
} as const;
