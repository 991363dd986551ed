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
