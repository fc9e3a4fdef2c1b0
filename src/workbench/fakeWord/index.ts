/** In-memory fake of the Word JavaScript API subset the add-in uses; see word.ts and model.ts. */
export { createFakeWord, type FakeWordNamespace, type FakeWordOptions } from "./word";
export {
  createFakeOffice,
  type FakeOffice,
  type FakeOfficeOptions,
  type FakeSettings,
} from "./office";
export {
  FakeDocument,
  CHANGE_TRACKING_MODES,
  DEFAULT_AUTHOR,
  type ChangeTrackingModeValue,
  type CommentInfo,
  type ContentControlInfo,
  type ContentControlProperties,
  type DocumentListener,
  type Editor,
  type FakeDocumentOptions,
  type ModelParagraph,
  type ParagraphInit,
  type ReviewedVersion,
  type RevisionInfo,
  type TableInfo,
  type TableInit,
} from "./model";
export type { Revision, RevisionKind, Run } from "./runs";
export { LiveSpan } from "./anchors";
export { RequestContext, type FakeWordStats } from "./requestContext";
export { RichApiError, ErrorCode, type FakeDebugInfo } from "./errors";
export { HIGHLIGHT_PALETTE, normalizeHighlightColor } from "./colors";
export { BUILT_IN_STYLES, builtInStyle, builtInStyleOf } from "./styles";
export { compileSearch, searchSpans, MAX_SEARCH_LENGTH, type SearchOptionsInput } from "./search";
export { comparePositions, spansMeet, type Position, type Span } from "./spans";
export { DEFAULT_API_VERSION, type ApiVersion } from "./apiVersion";
export { DocumentProxy } from "./proxies/documentProxy";
export { BodyProxy } from "./proxies/bodyProxy";
export { ParagraphProxy } from "./proxies/paragraphProxy";
export { ParagraphCollectionProxy } from "./proxies/paragraphCollectionProxy";
export { RangeProxy } from "./proxies/rangeProxy";
export { RangeCollectionProxy } from "./proxies/rangeCollectionProxy";
export { FontProxy } from "./proxies/fontProxy";
export { CommentProxy } from "./proxies/commentProxy";
export { CommentCollectionProxy } from "./proxies/commentCollectionProxy";
export { TrackedChangeProxy } from "./proxies/trackedChangeProxy";
export { TableProxy } from "./proxies/tableProxy";
export { TableCollectionProxy } from "./proxies/tableCollectionProxy";
export { TableCellProxy } from "./proxies/tableCellProxy";
export { ContentControlProxy } from "./proxies/contentControlProxy";
export { ContentControlCollectionProxy } from "./proxies/contentControlCollectionProxy";
export { TrackedChangeCollectionProxy } from "./proxies/trackedChangeCollectionProxy";
export { ClientResult } from "./proxies/clientResult";
