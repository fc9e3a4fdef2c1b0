import { normalizeHighlightColor } from "../colors";
import type { RequestContext } from "../requestContext";
import type { Span } from "../spans";
import { ProxyBase, type ScalarDef } from "./base";

const SCALARS: readonly ScalarDef[] = [
  { name: "bold" },
  { name: "highlightColor" },
  { name: "italic" },
];

/** Word.Font of a range or paragraph. The model has highlights only: bold and italic always read false. */
export class FontProxy extends ProxyBase {
  constructor(
    context: RequestContext,
    private readonly spanOf: () => Span | null
  ) {
    super(context);
  }

  protected get typeName(): string {
    return "Font";
  }

  /**
   * Word.Font.highlightColor (doc comment in @types/office-js): "The returned highlight color can be in
   * the '#RRGGBB' format, an empty string for mixed highlight colors, or `null` for no highlight color."
   * A range that is only partly highlighted is mixed too. Colours are normalised as colors.ts says.
   */
  get highlightColor(): string | null {
    return this.readScalar("highlightColor");
  }

  /**
   * "To remove highlight color, set it to `null`." The value is checked when the sync runs. A write:
   * refused on a read-only document; under Track Changes a "format" revision (Word tracks formatting).
   */
  set highlightColor(value: string | null) {
    this.writeScalar("highlightColor", value, () => {
      this.context.assertWritable("Font.highlightColor");
      const color = normalizeHighlightColor(value);
      const span = this.spanOf();
      if (span) this.context.model.setHighlight(span, color, this.context.editor);
    });
  }

  get bold(): boolean {
    return this.readScalar("bold");
  }

  get italic(): boolean {
    return this.readScalar("italic");
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.spanOf() === null;
  }

  protected computeScalar(name: string): unknown {
    if (name === "highlightColor") return this.context.model.highlightOf(this.spanOf() as Span);
    return false;
  }
}
