/**
 * A proxy's reference to something in the document, worked out the first time a sync needs it and
 * kept for the rest of the Word.run — as Word keeps the object it created for a proxy's object path.
 * A failure is not kept, so it is raised again wherever the proxy is used.
 */
export class Lazy<T> {
  private resolved = false;
  private value: T | undefined;

  constructor(private readonly compute: () => T) {}

  get(): T {
    if (!this.resolved) {
      this.value = this.compute();
      this.resolved = true;
    }
    return this.value as T;
  }
}

/**
 * What a queued command creates (the range insertText returns, the comment insertComment returns),
 * filled when the command runs at sync. The proxy over it is handed out at once, as Word hands out
 * the object before the batch runs; if the command never ran (it failed, or a sync is still due)
 * the object path is unusable, as in the runtime.
 */
export class Slot<T> {
  private filled = false;
  private value: T | undefined;

  constructor(private readonly unusable: () => Error) {}

  fill(value: T): void {
    this.filled = true;
    this.value = value;
  }

  get(): T {
    if (!this.filled) throw this.unusable();
    return this.value as T;
  }
}
