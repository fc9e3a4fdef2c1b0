import { invalidArgument } from "../errors";
import { CHANGE_TRACKING_MODES, type ChangeTrackingModeValue } from "../model";
import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";
import { BodyProxy } from "./bodyProxy";
import type { ContentControlCollectionProxy } from "./contentControlCollectionProxy";
import { RangeProxy } from "./rangeProxy";

const SCALARS: readonly ScalarDef[] = [{ name: "changeTrackingMode", since: "1.4" }];

/** Word.Document: context.document. */
export class DocumentProxy extends ProxyBase {
  readonly body: BodyProxy;

  constructor(context: RequestContext) {
    super(context);
    this.body = new BodyProxy(context);
  }

  protected get typeName(): string {
    return "Document";
  }

  /**
   * Document.changeTrackingMode (WordApi 1.4): "Specifies the ChangeTracking mode." — "Off",
   * "TrackAll" or "TrackMineOnly" (Word.ChangeTrackingMode). Setting it is a write: refused on a
   * read-only document; an unknown value fails with InvalidArgument.
   */
  get changeTrackingMode(): ChangeTrackingModeValue {
    return this.readScalar("changeTrackingMode");
  }

  set changeTrackingMode(value: ChangeTrackingModeValue) {
    const location = "Document.changeTrackingMode";
    this.writeScalar("changeTrackingMode", value, () => {
      this.context.requireApi("1.4", location);
      this.context.assertWritable(location);
      const mode = CHANGE_TRACKING_MODES.find(
        (m) => typeof value === "string" && m.toLowerCase() === value.toLowerCase()
      );
      if (!mode)
        throw invalidArgument(location, `Unknown change tracking mode ${JSON.stringify(value)}.`);
      this.context.model.changeTrackingMode = mode;
    });
  }

  /** Document.contentControls: "Gets the collection of content control objects in the document." */
  get contentControls(): ContentControlCollectionProxy {
    return this.body.contentControls;
  }

  /**
   * Document.getSelection: "Gets the current selection of the document." The range is the selection as
   * it is when a sync first uses it.
   */
  getSelection(): RangeProxy {
    this.assertLive("getSelection");
    return new RangeProxy(this.context, () => this.context.model.selection);
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected computeScalar(name: string): unknown {
    return name === "changeTrackingMode" ? this.context.model.changeTrackingMode : undefined;
  }

  protected override navigation(name: string): ProxyBase | undefined {
    return name === "body" ? this.body : undefined;
  }
}
