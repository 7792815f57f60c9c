/** A tiny listener set: subscribe returns an unsubscribe, and one listener's throw does not stop the others. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.set]) {
      try {
        listener(value);
      } catch (e) {
        // A faulty subscriber must not break the link's read loop; surface it asynchronously.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }

  get size(): number {
    return this.set.size;
  }
}
