/**
 * Caps how many calls of one kind run at once; the rest wait in arrival
 * order. SageMaker throttles per account and operation, so a burst of
 * requests to the gateway must not become a burst of calls.
 *
 * The cap adapts the way the AWS SDK's adaptive retry mode adapts its
 * sending rate: a throttle halves it (down to 1), and it grows back by one
 * after each run of `current cap` successful calls, up to `limit`. Unlike the
 * SDK's rate limiter, waiting here ends as soon as a slot frees, so a request
 * deadline can still cut the wait short (the caller checks its signal).
 */
export class ConcurrencyLimiter {
  private running = 0;
  private cap: number;
  private successesSinceChange = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`ConcurrencyLimiter needs a positive integer limit, received ${limit}.`);
    }
    this.cap = limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.cap) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }

    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** Halves the cap after SageMaker throttled a call. */
  recordThrottle(): void {
    this.cap = Math.max(1, Math.floor(this.cap / 2));
    this.successesSinceChange = 0;
  }

  /** Grows the cap by one after `cap` successful calls in a row. */
  recordSuccess(): void {
    if (this.cap >= this.limit) return;

    this.successesSinceChange += 1;
    if (this.successesSinceChange >= this.cap) {
      this.cap += 1;
      this.successesSinceChange = 0;
      this.release(true);
    }
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Calls allowed at once right now. */
  get currentCap(): number {
    return this.cap;
  }

  /**
   * Hands a finished call's slot to the next waiting call, or frees it. With
   * `grown`, a slot is added without a call finishing.
   */
  private release(grown = false): void {
    if (!grown) this.running -= 1;
    while (this.running < this.cap && this.waiting.length > 0) {
      this.running += 1;
      this.waiting.shift()!();
    }
  }
}
