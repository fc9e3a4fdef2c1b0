/**
 * What every fake Word proxy shares: a reference resolved at sync time, loaded values that are a
 * snapshot of the sync that loaded them, and Word's PropertyNotLoaded error for anything read before
 * `load` + `sync` (the Office.js runtime's Utility.throwIfNotLoaded; message L_PropertyNotLoaded).
 */
import { invalidArgument, invalidRequestContext, propertyNotLoaded } from "../errors";
import { emptySpec, parseLoadOption, type LoadOption, type LoadSpec } from "../loadSpec";
import type { RequestContext } from "../requestContext";

/** A loadable scalar property, with the WordApi version that brought it. */
export type ScalarDef = { readonly name: string; readonly since?: string };

export const LOAD_ALL: LoadSpec = emptySpec(true);

export abstract class ProxyBase {
  readonly context: RequestContext;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(context: RequestContext) {
    this.context = context;
  }

  /** Word's class name, used in error locations ("Paragraph.text"). */
  protected abstract get typeName(): string;

  /** The loadable scalar properties of this type. */
  protected abstract scalars(): readonly ScalarDef[];

  /** The property's value now, from the document (called while a sync runs). */
  protected abstract computeScalar(name: string): unknown;

  /** Resolves the reference (may throw, e.g. ItemNotFound); true for a *OrNullObject that found nothing. */
  protected abstract resolvesToNull(): boolean;

  /** The child proxy behind a navigation property (font, paragraphs, body), if this type has it. */
  protected navigation(_name: string): ProxyBase | undefined {
    return undefined;
  }

  /**
   * "Returns a boolean value for whether the corresponding object is a null object. You must call
   * `context.sync()` before reading the isNullObject property." (ClientObject.isNullObject doc comment).
   */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const spec = parseLoadOption(option);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(spec));
    return this;
  }

  /** Every proxy lives for its Word.run; tracking changes nothing here. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** Sets several properties at once: `range.set({ font: { highlightColor: "Yellow" } })`. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this.navigation(key);
      if (child && value !== null && typeof value === "object")
        child.set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  /** The loaded scalar values, as a plain object. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  // ---- for the fake's own classes ----

  /**
   * Carries out a load while a sync runs: takes the values from the document as they are at this point
   * of the batch. They stay until a later load + sync replaces them, as the runtime's `_handleResult`
   * replaces a proxy's fields only from a load's response.
   */
  applyLoad(spec: LoadSpec): void {
    if (this.resolvesToNull()) {
      this.nullState = true;
      return;
    }
    this.nullState = false;
    const defs = this.scalars();
    const names = spec.all
      ? defs.filter((d) => this.context.supports(d.since)).map((d) => d.name)
      : [];
    for (const name of spec.props) {
      const def = defs.find((d) => d.name === name);
      if (def) {
        if (def.since !== undefined) this.context.requireApi(def.since, `${this.typeName}.${name}`);
        names.push(name);
        continue;
      }
      const child = this.navigation(name);
      if (!child) throw this.unknownProperty(name);
      child.applyLoad(LOAD_ALL);
    }
    for (const name of names) this.loaded.set(name, this.computeScalar(name));
    for (const [name, sub] of spec.nav) {
      const child = this.navigation(name);
      if (!child) throw this.unknownProperty(name);
      child.applyLoad(sub);
    }
  }

  /** Marks the object as not null without loading anything (collections' items). */
  protected markLoaded(): void {
    this.nullState = false;
  }

  protected readScalar<T>(name: string): T {
    // A null object's properties read as undefined rather than throwing (runtime: throwIfNotLoaded's isNull).
    if (this.nullState === true) return undefined as T;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as T;
  }

  /**
   * Queues the write and, like the Office.js runtime's generated setters (`this._H = value;
   * _invokeSetProperty(…)` for Font.highlightColor), keeps the written value locally: reading it back
   * before a sync returns what was written, not what Word will store.
   */
  protected writeScalar(name: string, value: unknown, apply: () => void): void {
    this.context.enqueue(`${this.typeName}.${name}`, apply);
    this.loaded.set(name, value);
  }

  protected queue(member: string, run: () => void): void {
    this.context.enqueue(`${this.typeName}.${member}`, run);
  }

  /** A command that changes the document: API-checked and refused on a read-only document (RequestContext.enqueueWrite). */
  protected queueWrite(member: string, run: () => void, since?: string): void {
    this.context.enqueueWrite(`${this.typeName}.${member}`, run, since);
  }

  /** Methods that only build a new proxy still refuse a finished context, as the runtime does. */
  protected assertLive(member: string): void {
    this.context.assertLive(`${this.typeName}.${member}`);
  }

  /** A proxy passed as an argument must come from the same context (runtime: CommonUtility.validateContext). */
  protected assertSameContext(other: ProxyBase, member: string): void {
    this.assertLive(member);
    if (other.context !== this.context) throw invalidRequestContext(`${this.typeName}.${member}`);
  }

  private unknownProperty(name: string): Error {
    return invalidArgument(
      `${this.typeName}.load`,
      `The fake Word API has no property '${name}' on ${this.typeName}.`
    );
  }
}
