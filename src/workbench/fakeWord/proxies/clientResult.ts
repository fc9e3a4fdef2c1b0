import { valueNotLoaded } from "../errors";

/**
 * OfficeExtension.ClientResult: a method's result, "retrieved from the document after `context.sync()`
 * is invoked" (its `value` doc comment). Reading `value` before that throws ValueNotLoaded, as the
 * runtime's getter does (errors.ts).
 */
export class ClientResult<T> {
  private loaded = false;
  private current: T | undefined;

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.current as T;
  }

  /** Set by the command that computes it, at sync. */
  fill(value: T): void {
    this.loaded = true;
    this.current = value;
  }
}
