import { invalidArgument } from "./errors";

/**
 * Highlight colours as Word stores and reports them.
 *
 * Word.Font.highlightColor (doc comment in @types/office-js): "To set it, use a value either in the
 * '#RRGGBB' format or the color name. To remove highlight color, set it to `null`. The returned highlight
 * color can be in the '#RRGGBB' format, an empty string for mixed highlight colors, or `null` for no
 * highlight color. … Only the default highlight colors are available in Office for Windows Desktop. These
 * are "Yellow", "Lime", "Turquoise", "Pink", "Blue", "Red", "DarkBlue", "Teal", "Green", "Purple",
 * "DarkRed", "Olive", "Gray", "LightGray", and "Black"."
 *
 * The fake's one rule: a colour is stored and returned as uppercase "#RRGGBB". The fifteen names above
 * (any letter case) map to the RGB of Word's highlight palette; any "#RRGGBB" is kept as given, in
 * uppercase (Word on the web and Mac keep it; Windows would snap it to the nearest palette colour).
 * Any other string is rejected at sync with InvalidArgument.
 */
export const HIGHLIGHT_PALETTE: Readonly<Record<string, string>> = {
  yellow: "#FFFF00",
  lime: "#00FF00",
  turquoise: "#00FFFF",
  pink: "#FF00FF",
  blue: "#0000FF",
  red: "#FF0000",
  darkblue: "#000080",
  teal: "#008080",
  green: "#008000",
  purple: "#800080",
  darkred: "#800000",
  olive: "#808000",
  gray: "#808080",
  lightgray: "#C0C0C0",
  black: "#000000",
};

const HEX = /^#[0-9a-f]{6}$/i;

/** The colour Word will report after `font.highlightColor = value`; null removes the highlight. */
export function normalizeHighlightColor(
  value: unknown,
  location = "Font.highlightColor"
): string | null {
  if (value === null) return null;
  if (typeof value === "string") {
    if (HEX.test(value)) return value.toUpperCase();
    const named = HIGHLIGHT_PALETTE[value.toLowerCase()];
    if (named !== undefined) return named;
  }
  throw invalidArgument(
    location,
    `highlightColor must be null, "#RRGGBB" or a highlight colour name; got ${JSON.stringify(value)}`
  );
}
