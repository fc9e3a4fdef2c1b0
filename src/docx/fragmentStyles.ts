/**
 * The styles a written fragment uses, taken from the document so the appendix looks like the rest
 * of it: the document's own "heading N" styles (whatever their ids — "Heading1", "1", "a" …) and the
 * table style of its first table. What the document lacks is added to styles.xml, looked like Word's.
 */
import type { Element } from "@xmldom/xmldom";
import { readStyles, styleChain, type StyleSheet } from "./styles";
import type { WordPackage } from "./wordPackage";
import { wBuilder, type Child, type WBuilder } from "./wml";
import { wChild, wVal } from "./xml";

export type HeadingStyle = {
  id: string;
  /** The style carries list numbering (common in Chinese templates: 第一条 …), to be switched off. */
  numbered: boolean;
};

const HEADING_SIZE = { 1: 32, 2: 28, 3: 24 } as const; // half-points: 16, 14, 12 pt

export class FragmentStyles {
  private sheet: StyleSheet;
  private readonly headings = new Map<number, HeadingStyle>();
  private tableStyle: string | undefined;

  constructor(private readonly pkg: WordPackage) {
    this.sheet = readStyles(pkg.styles);
  }

  heading(level: 1 | 2 | 3): HeadingStyle {
    let style = this.headings.get(level);
    if (!style) {
      const id = this.findHeading(level) ?? this.addHeading(level);
      const numId = styleChain(this.sheet, id).find((s) => s.numId !== undefined)?.numId;
      style = { id, numbered: numId !== undefined && numId !== "0" };
      this.headings.set(level, style);
    }
    return style;
  }

  /** The first table's style when styles.xml defines it, else Table Grid (added when missing). */
  table(): string {
    this.tableStyle ??= this.firstTableStyle() ?? this.findTableGrid() ?? this.addTableGrid();
    return this.tableStyle;
  }

  /** "heading N" is the built-in name in every language; some producers store "标题 N". */
  private findHeading(level: number): string | undefined {
    const paragraphStyles = [...this.sheet.byId.values()].filter((s) => s.type === "paragraph");
    const named = (pattern: RegExp) => paragraphStyles.find((s) => pattern.test(s.rawName.trim()));
    return (
      named(new RegExp(`^heading\\s*${level}$`, "i")) ?? named(new RegExp(`^标题\\s*${level}$`))
    )?.id;
  }

  private firstTableStyle(): string | undefined {
    const tbl = this.pkg.document.getElementsByTagNameNS(this.pkg.ns, "tbl")[0];
    const tblPr = tbl && wChild(tbl, "tblPr");
    const id = wVal(tblPr, "tblStyle");
    // A dangling reference would give a table without borders.
    return id !== undefined && this.sheet.byId.get(id)?.type === "table" ? id : undefined;
  }

  private findTableGrid(): string | undefined {
    if (this.sheet.byId.get("TableGrid")?.type === "table") return "TableGrid";
    return [...this.sheet.byId.values()].find(
      (s) => s.type === "table" && s.rawName.trim().toLowerCase() === "table grid"
    )?.id;
  }

  private addHeading(level: 1 | 2 | 3): string {
    const normal = this.sheet.defaultParagraph?.id;
    const id = this.freeId(`Heading${level}`);
    this.addStyle((w) =>
      w(
        "w:style",
        { "w:type": "paragraph", "w:styleId": id },
        w("w:name", { "w:val": `heading ${level}` }),
        normal !== undefined && w("w:basedOn", { "w:val": normal }),
        normal !== undefined && w("w:next", { "w:val": normal }),
        w("w:uiPriority", { "w:val": "9" }),
        w("w:qFormat"),
        w(
          "w:pPr",
          {},
          w("w:keepNext"),
          w("w:keepLines"),
          w("w:spacing", { "w:before": level === 1 ? "360" : "240", "w:after": "120" }),
          w("w:outlineLvl", { "w:val": String(level - 1) })
        ),
        w(
          "w:rPr",
          {},
          w("w:b"),
          w("w:bCs"),
          w("w:sz", { "w:val": String(HEADING_SIZE[level]) }),
          w("w:szCs", { "w:val": String(HEADING_SIZE[level]) })
        )
      )
    );
    return id;
  }

  /** Word's own Table Grid: single borders all round and inside, no space after paragraphs. */
  private addTableGrid(): string {
    const id = this.freeId("TableGrid");
    const base = this.sheet.defaultTable?.id;
    const [start, end] = this.pkg.strict ? ["start", "end"] : ["left", "right"];
    this.addStyle((w) => {
      const border = (side: string) =>
        w(`w:${side}`, { "w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "auto" });
      const margin = (side: string, width: number) =>
        w(`w:${side}`, { "w:w": String(width), "w:type": "dxa" });
      return w(
        "w:style",
        { "w:type": "table", "w:styleId": id },
        w("w:name", { "w:val": "Table Grid" }),
        base !== undefined && w("w:basedOn", { "w:val": base }),
        w("w:uiPriority", { "w:val": "39" }),
        w("w:pPr", {}, w("w:spacing", { "w:after": "0", "w:line": "240", "w:lineRule": "auto" })),
        w(
          "w:tblPr",
          {},
          w("w:tblBorders", {}, ...["top", start, "bottom", end, "insideH", "insideV"].map(border)),
          // Spelled out rather than inherited: the document may have no default table style.
          w(
            "w:tblCellMar",
            {},
            margin("top", 0),
            margin(start, 108),
            margin("bottom", 0),
            margin(end, 108)
          )
        )
      );
    });
    return id;
  }

  private addStyle(make: (w: WBuilder) => Child): void {
    const styles = this.pkg.stylesForWriting();
    const root = styles.documentElement!;
    const style = make(wBuilder(styles, this.pkg.ns)) as Element;
    root.appendChild(style);
    this.sheet = readStyles(styles);
  }

  /** Word matches style ids without regard to case, so "heading1" would clash with "Heading1". */
  private freeId(base: string): string {
    const taken = new Set([...this.sheet.byId.keys()].map((k) => k.toLowerCase()));
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}_${n}`;
    return id;
  }
}
