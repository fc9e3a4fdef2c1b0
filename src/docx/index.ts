/** Browser-safe readers. The Node file dispatcher is in ./readFile (not re-exported: it uses node:fs). */
export { readDocx } from "./readDocx";
export { readText } from "./readText";
export { readDraft } from "./readDraft";
export { DocxError, type DocxErrorCode } from "./DocxError";
export { MAX_PART_BYTES } from "./unpackDocx";
export {
  appendFragment,
  appendFragments,
  contentControlTags,
  type AppendOptions,
} from "./appendFragment";
export { fragmentDocument, type NewDocumentOptions } from "./fragmentDocument";
