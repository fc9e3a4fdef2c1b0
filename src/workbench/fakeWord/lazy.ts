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
