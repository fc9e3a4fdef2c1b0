import { invalidArgument, itemNotFound } from "../errors";
import { Lazy } from "../lazy";
import type { CommentInfo } from "../model";
import type { RequestContext } from "../requestContext";
import { ProxyBase, type ScalarDef } from "./base";
import { RangeProxy } from "./rangeProxy";

const SCALARS: readonly ScalarDef[] = [
  { name: "authorEmail", since: "1.4" },
  { name: "authorName", since: "1.4" },
  { name: "content", since: "1.4" },
  { name: "creationDate", since: "1.4" },
  { name: "id", since: "1.4" },
  { name: "resolved", since: "1.4" },
];

/**
 * Word.Comment (WordApi 1.4), standing for one comment of the model by id. Replies and the content
 * range are not modelled. A comment deleted since fails with ItemNotFound.
 */
export class CommentProxy extends ProxyBase {
  private readonly target: Lazy<string | null>;

  constructor(context: RequestContext, resolve: () => string | null) {
    super(context);
    this.target = new Lazy(resolve);
  }

  protected get typeName(): string {
    return "Comment";
  }

  /** Comment.authorEmail: "Gets the email of the comment's author." */
  get authorEmail(): string {
    return this.readScalar("authorEmail");
  }

  /** Comment.authorName: "Gets the name of the comment's author." */
  get authorName(): string {
    return this.readScalar("authorName");
  }

  /** Comment.content: "Specifies the comment's content as plain text." */
  get content(): string {
    return this.readScalar("content");
  }

  set content(value: string) {
    this.writeScalar("content", value, () => {
      this.context.requireApi("1.4", "Comment.content");
      this.context.assertWritable("Comment.content");
      if (typeof value !== "string")
        throw invalidArgument("Comment.content", "The content must be a string.");
      this.context.model.updateComment(this.info().id, { text: value });
    });
  }

  /** Comment.creationDate: "Gets the creation date of the comment." A Date, as the runtime converts it. */
  get creationDate(): Date {
    return this.readScalar("creationDate");
  }

  /** Comment.id: "Gets the ID of the comment." */
  get id(): string {
    return this.readScalar("id");
  }

  /** Comment.resolved: "Setting to `true` resolves the comment thread." */
  get resolved(): boolean {
    return this.readScalar("resolved");
  }

  set resolved(value: boolean) {
    this.writeScalar("resolved", value, () => {
      this.context.requireApi("1.4", "Comment.resolved");
      this.context.assertWritable("Comment.resolved");
      this.context.model.updateComment(this.info().id, { resolved: value === true });
    });
  }

  /** Comment.delete: "Deletes the comment and its replies." */
  delete(): void {
    this.queueWrite(
      "delete",
      () => {
        const id = this.target.get();
        if (id !== null) this.context.model.deleteComment(this.info().id);
      },
      "1.4"
    );
  }

  /** Comment.getRange: "Gets the range in the main document where the comment is on." (it follows the text) */
  getRange(): RangeProxy {
    this.assertLive("getRange");
    return new RangeProxy(this.context, () => {
      this.context.requireApi("1.4", "Comment.getRange");
      return this.target.get() === null ? null : this.info().span;
    });
  }

  protected scalars(): readonly ScalarDef[] {
    return SCALARS;
  }

  protected resolvesToNull(): boolean {
    return this.target.get() === null;
  }

  protected computeScalar(name: string): unknown {
    const c = this.info();
    switch (name) {
      case "authorEmail":
        return c.authorEmail;
      case "authorName":
        return c.author;
      case "content":
        return c.text;
      case "creationDate":
        return new Date(c.date);
      case "id":
        return c.id;
      case "resolved":
        return c.resolved;
      default:
        return undefined;
    }
  }

  private info(): CommentInfo {
    const id = this.target.get();
    const c = id === null ? undefined : this.context.model.comment(id);
    if (!c) throw itemNotFound("Comment", "The comment was deleted.");
    return c;
  }
}
