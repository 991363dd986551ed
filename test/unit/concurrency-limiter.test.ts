import { describe, expect, test } from "vitest";

import { ConcurrencyLimiter } from "../../src/sagemaker/concurrency-limiter.js";

describe("ConcurrencyLimiter", () => {
  test("never runs more tasks than the limit", async () => {
    const limiter = new ConcurrencyLimiter(2);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };

    await Promise.all(Array.from({ length: 7 }, () => limiter.run(task)));

    expect(peak).toBe(2);
    expect(limiter.queued).toBe(0);
  });

  test("releases the slot when a task fails", async () => {
    const limiter = new ConcurrencyLimiter(1);

    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(() => Promise.resolve("next"))).resolves.toBe("next");
  });

  test.each([0, -1, 1.5])("rejects limit %d", (limit) => {
    expect(() => new ConcurrencyLimiter(limit)).toThrow(/positive integer limit, received/);
  });
});

describe("ConcurrencyLimiter adaptation", () => {
  test("a throttle halves the cap", () => {
    const limiter = new ConcurrencyLimiter(16);

    limiter.recordThrottle();
    expect(limiter.currentCap).toBe(8);
    limiter.recordThrottle();
    expect(limiter.currentCap).toBe(4);
  });

  test("the cap never drops below one", () => {
    const limiter = new ConcurrencyLimiter(2);

    for (let index = 0; index < 5; index += 1) limiter.recordThrottle();

    expect(limiter.currentCap).toBe(1);
  });

  test("a run of successes grows the cap by one", () => {
    const limiter = new ConcurrencyLimiter(16);
    limiter.recordThrottle();
    limiter.recordThrottle();

    for (let index = 0; index < 3; index += 1) limiter.recordSuccess();
    expect(limiter.currentCap).toBe(4);
    limiter.recordSuccess();
    expect(limiter.currentCap).toBe(5);
  });

  test("the cap stops at the limit", () => {
    const limiter = new ConcurrencyLimiter(3);
    limiter.recordThrottle();

    for (let index = 0; index < 50; index += 1) limiter.recordSuccess();

    expect(limiter.currentCap).toBe(3);
  });

  test("a lowered cap holds calls back", async () => {
    const limiter = new ConcurrencyLimiter(4);
    limiter.recordThrottle();
    limiter.recordThrottle();
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };

    await Promise.all(Array.from({ length: 6 }, () => limiter.run(task)));

    expect(peak).toBe(1);
  });

  test("a grown cap admits a waiting call at once", async () => {
    const limiter = new ConcurrencyLimiter(2);
    limiter.recordThrottle();
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    let secondStarted = false;
    const second = limiter.run(async () => {
      secondStarted = true;
    });

    limiter.recordSuccess();
    await Promise.resolve();
    expect(secondStarted).toBe(true);
    release();
    await Promise.all([first, second]);
  });
});
