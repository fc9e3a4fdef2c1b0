/**
 * Bytes → string for XML parts and plain-text files. UTF-8 unless a byte-order mark (or, for XML,
 * the "<" of the prolog encoded in UTF-16) says otherwise — XML 1.0 Appendix F.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0x3c && bytes[1] === 0)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] === 0x3c)
    return new TextDecoder("utf-16be").decode(bytes);
  return decodeTextBytes(bytes);
}

/** UTF-8 by default; UTF-16 when a BOM says so. The BOM itself is dropped. */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
