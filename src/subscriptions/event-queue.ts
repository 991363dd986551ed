/**
 * An async iterator fed by `push`, for one subscriber. Events wait in a
 * buffer of at most `maxBuffered` while the client reads slower than they
 * come. One more ends the iterator and calls `onOverflow`, so that a stalled
 * client cannot keep memory without bound. `return()` (graphql-ws calls it
 * when the client completes or disconnects) ends it and calls `onEnd`.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private ended = false;

  constructor(
    private readonly maxBuffered: number,
    private readonly onEnd: () => void,
    private readonly onOverflow: () => void,
  ) {}

  get isEnded(): boolean {
    return this.ended;
  }

  push(item: T): void {
    if (this.ended) return;

    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }

    this.buffer.push(item);
    if (this.buffer.length > this.maxBuffered) {
      this.onOverflow();
      this.end();
    }
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.buffer.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  /** Ends the iterator: buffered events are dropped and a pending `next()` finishes. */
  end(): void {
    if (this.ended) return;

    this.ended = true;
    this.buffer.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onEnd();
  }
}
