/** Whether to write a log line now, and how many lines of the same key were held back since the last one. */
export type RepeatDecision = { log: boolean; suppressed: number };

/**
 * Lets through at most one log line per key (for example a SageMaker
 * operation and an error code) per window, and counts the lines it holds
 * back. A failing dependency then writes one line every few seconds instead
 * of one per call. Callers bound the key set by building keys from
 * operation names and error codes, never from request data.
 */
export class RepeatLogLimiter {
  private readonly windows = new Map<string, { openedAt: number; suppressed: number }>();

  constructor(
    /** Length of the window in milliseconds. */
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides for one line of `key`; a `log: true` decision reports and resets the held-back count. */
  check(key: string): RepeatDecision {
    const now = this.now();
    const window = this.windows.get(key);

    if (window && now - window.openedAt < this.windowMs) {
      window.suppressed += 1;
      return { log: false, suppressed: window.suppressed };
    }

    const suppressed = window?.suppressed ?? 0;
    this.windows.set(key, { openedAt: now, suppressed: 0 });
    return { log: true, suppressed };
  }
}
