/**
 * Paragraph.styleBuiltIn is "the built-in style name for the paragraph … portable between locales"
 * (doc comment in @types/office-js, WordApi 1.3); its values are Word.BuiltInStyleName, with "Other" for
 * a custom style. The fake derives it from the style name, English or Simplified Chinese (the names Word
 * shows in a zh-CN UI), because the model only stores names.
 */
const BY_NAME: ReadonlyMap<string, string> = new Map([
  ["normal", "Normal"],
  ["正文", "Normal"],
  ["title", "Title"],
  ["标题", "Title"],
  ["subtitle", "Subtitle"],
  ["副标题", "Subtitle"],
  ["list paragraph", "ListParagraph"],
  ["列表段落", "ListParagraph"],
  ["no spacing", "NoSpacing"],
  ["无间隔", "NoSpacing"],
  ["quote", "Quote"],
  ["引用", "Quote"],
  ["intense quote", "IntenseQuote"],
  ["caption", "Caption"],
  ["题注", "Caption"],
  ["header", "Header"],
  ["页眉", "Header"],
  ["footer", "Footer"],
  ["页脚", "Footer"],
  ["footnote text", "FootnoteText"],
  ["table grid", "TableGrid"],
  ["toc heading", "TocHeading"],
  ["bibliography", "Bibliography"],
]);

const HEADING = /^(?:heading|标题)\s*([1-9])$/i;
const TOC = /^(?:toc|目录)\s*([1-9])$/i;

export function builtInStyleOf(styleName: string): string {
  const name = styleName.trim().toLowerCase();
  const heading = HEADING.exec(name);
  if (heading) return `Heading${heading[1]}`;
  const toc = TOC.exec(name);
  if (toc) return `Toc${toc[1]}`;
  return BY_NAME.get(name) ?? "Other";
}

/** 1–9 for the built-in heading styles, undefined otherwise. */
export function headingLevelOfStyle(styleName: string): number | undefined {
  const m = /^Heading([1-9])$/.exec(builtInStyleOf(styleName));
  return m ? Number(m[1]) : undefined;
}
