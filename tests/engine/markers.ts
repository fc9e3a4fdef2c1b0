/**
 * Inline-marker fixtures: «…» marks each span a reader must find. `marked("notice of «ninety (90)
 * days» before")` gives the plain text and the spans' offsets in it.
 */
export function marked(source: string): { text: string; spans: [number, number][] } {
  let text = "";
  const spans: [number, number][] = [];
  let open = -1;
  for (const ch of source) {
    if (ch === "«") open = text.length;
    else if (ch === "»") {
      spans.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}
