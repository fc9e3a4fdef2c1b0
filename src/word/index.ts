export {
  createOfficeHost,
  officeEnvironment,
  type OfficeEnvironment,
  type SettingsPort,
} from "./officeHost";
export { locateParagraph } from "./locate";
export { capabilitiesFor, type Capabilities } from "./capabilities";
export { SEVERITY_COLOR } from "./documentHost";
export type {
  DocumentHost,
  Highlight,
  HighlightOutcome,
  HostInfo,
  Refusal,
  SelectOutcome,
  WriteOutcome,
} from "./documentHost";
