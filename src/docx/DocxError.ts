/**
 * Why a contract file could not be read or written; `code` is for programs, `message` is one line a
 * user can act on.
 */
export type DocxErrorCode =
  | "not-zip"
  | "encrypted"
  | "not-docx"
  | "corrupt-xml"
  | "empty"
  | "too-large"
  | "unsupported"
  | "unreadable"
  /** Writing: the document already has a content control with the fragment's tag. */
  | "appendix-exists";

export class DocxError extends Error {
  readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, message: string) {
    super(message);
    this.name = "DocxError";
    this.code = code;
    // Keep `instanceof` working when the class is down-compiled to ES5-style constructors.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
