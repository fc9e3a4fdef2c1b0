/**
 * Heading level of a paragraph: built-in heading styles ("heading 1", localised "标题 1"), Title,
 * then outline level (w:outlineLvl, §17.3.1.20: 0 = level 1 … 8 = level 9, 9 = body text).
 */
import type { Style } from "./styles";

const HEADING = /^(?:heading\s*|标题\s*)([1-9])$/i;
const TITLE = /^(?:title|标题)$/i;

/** Level from a style's id or name alone, or undefined when it is not a heading/title style. */
export function builtInHeadingLevel(idOrName: string): number | undefined {
  return headingNumber(idOrName) ?? (TITLE.test(idOrName.trim()) ? 1 : undefined);
}

function headingNumber(idOrName: string): number | undefined {
  const m = HEADING.exec(idOrName.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * `chain` is the paragraph's style and its w:basedOn ancestors, nearest first; `styleId` is the
 * referenced id even when styles.xml lacks it. Word ignores a direct outline level on a built-in
 * heading style, so the style wins over the paragraph's own w:outlineLvl.
 */
export function headingLevel(
  styleId: string | undefined,
  chain: Style[],
  directOutline: number | undefined
): number | undefined {
  const own = chain[0];
  const fromStyle =
    (own && (builtInHeadingLevel(own.rawName) ?? builtInHeadingLevel(own.id))) ??
    (styleId !== undefined && !own ? builtInHeadingLevel(styleId) : undefined);
  if (fromStyle !== undefined) return fromStyle;
  if (directOutline !== undefined) return fromOutline(directOutline);
  for (const style of chain) {
    if (style.outlineLvl !== undefined) return fromOutline(style.outlineLvl);
    // A style based on "heading 2" inherits its outline level; one based on Title does not.
    const inherited = headingNumber(style.rawName) ?? headingNumber(style.id);
    if (inherited !== undefined) return inherited;
  }
  return undefined;
}

function fromOutline(outlineLvl: number): number | undefined {
  return outlineLvl >= 0 && outlineLvl <= 8 ? outlineLvl + 1 : undefined;
}
