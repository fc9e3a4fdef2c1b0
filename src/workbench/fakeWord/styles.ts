/**
 * Built-in style names. Paragraph.styleBuiltIn and Table.styleBuiltIn are "the built-in style name …
 * portable between locales" (doc comments in @types/office-js, WordApi 1.3); their values are
 * Word.BuiltInStyleName, with "Other" for a custom style. The model only stores style names, so the
 * fake derives the built-in from the name — English, or Simplified Chinese (the names Word shows in a
 * zh-CN UI) — and setting a built-in stores its English name ("Heading1" → "Heading 1",
 * "TableGrid" → "Table Grid"); a zh-CN Word would show its localised name instead.
 */
export type StyleKind = "paragraph" | "table";

export type BuiltInStyle = {
  /** The Word.BuiltInStyleName value, e.g. "Heading1", "GridTable4_Accent1". */
  readonly builtIn: string;
  /** Word's English style name, e.g. "Heading 1", "Grid Table 4 Accent 1". */
  readonly name: string;
  readonly kind: StyleKind;
};

const PARAGRAPH_STYLES: readonly (readonly [string, string])[] = [
  ["Normal", "Normal"],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`Heading${n}`, `Heading ${n}`] as const),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`Toc${n}`, `TOC ${n}`] as const),
  ["FootnoteText", "Footnote Text"],
  ["Header", "Header"],
  ["Footer", "Footer"],
  ["Caption", "Caption"],
  ["Title", "Title"],
  ["Subtitle", "Subtitle"],
  ["NoSpacing", "No Spacing"],
  ["ListParagraph", "List Paragraph"],
  ["Quote", "Quote"],
  ["IntenseQuote", "Intense Quote"],
  ["Bibliography", "Bibliography"],
  ["TocHeading", "TOC Heading"],
];

/** Word 2013+'s table gallery: Plain Table 1–5, Grid Table 1–7 and List Table 1–7, each with six accents. */
function tableStyles(): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [
    ["TableGrid", "Table Grid"],
    ["TableGridLight", "Table Grid Light"],
  ];
  for (let n = 1; n <= 5; n++) out.push([`PlainTable${n}`, `Plain Table ${n}`]);
  const looks = ["1Light", "2", "3", "4", "5Dark", "6Colorful", "7Colorful"];
  for (const family of ["Grid", "List"]) {
    for (const look of looks) {
      const words = look.replace(/^(\d)(\w*)$/, (_, n: string, rest: string) =>
        rest ? `${n} ${rest}` : n
      );
      out.push([`${family}Table${look}`, `${family} Table ${words}`]);
      for (let a = 1; a <= 6; a++)
        out.push([`${family}Table${look}_Accent${a}`, `${family} Table ${words} Accent ${a}`]);
    }
  }
  return out;
}

export const BUILT_IN_STYLES: readonly BuiltInStyle[] = [
  ...PARAGRAPH_STYLES.map(([builtIn, name]) => ({ builtIn, name, kind: "paragraph" as const })),
  ...tableStyles().map(([builtIn, name]) => ({ builtIn, name, kind: "table" as const })),
];

/** Names a zh-CN Word shows for some built-ins ("标题 1" and "目录 1" are matched by pattern below). */
const CHINESE: readonly (readonly [string, string])[] = [
  ["正文", "Normal"],
  ["标题", "Title"],
  ["副标题", "Subtitle"],
  ["列表段落", "ListParagraph"],
  ["无间隔", "NoSpacing"],
  ["引用", "Quote"],
  ["题注", "Caption"],
  ["页眉", "Header"],
  ["页脚", "Footer"],
  ["网格型", "TableGrid"],
];

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...BUILT_IN_STYLES.map((s) => [s.name.toLowerCase(), s.builtIn] as const),
  ...CHINESE,
]);

const BY_BUILT_IN: ReadonlyMap<string, BuiltInStyle> = new Map(
  BUILT_IN_STYLES.map((s) => [s.builtIn.toLowerCase(), s])
);

const HEADING = /^(?:heading|标题)\s*([1-9])$/i;
const TOC = /^(?:toc|目录)\s*([1-9])$/i;

/** The Word.BuiltInStyleName of a style name; "Other" for a custom one. */
export function builtInStyleOf(styleName: string): string {
  const name = styleName.trim().toLowerCase();
  const heading = HEADING.exec(name);
  if (heading) return `Heading${heading[1]}`;
  const toc = TOC.exec(name);
  if (toc) return `Toc${toc[1]}`;
  return BY_NAME.get(name) ?? "Other";
}

/** The built-in behind a Word.BuiltInStyleName value (any letter case); undefined for "Other" or unknown. */
export function builtInStyle(value: unknown): BuiltInStyle | undefined {
  return typeof value === "string" ? BY_BUILT_IN.get(value.toLowerCase()) : undefined;
}

/** 1–9 for the built-in heading styles, undefined otherwise. */
export function headingLevelOfStyle(styleName: string): number | undefined {
  const m = /^Heading([1-9])$/.exec(builtInStyleOf(styleName));
  return m ? Number(m[1]) : undefined;
}
