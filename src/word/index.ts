export { createOfficeHost, locate } from "./officeHost";
export { SEVERITY_COLOR } from "./documentHost";
export type {
  DocumentHost,
  Highlight,
  HighlightOutcome,
  HostInfo,
  SelectOutcome,
} from "./documentHost";
