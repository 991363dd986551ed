import { describe, expect, test } from "vitest";

import { RepeatLogLimiter } from "../../../src/observability/repeat-log-limiter.js";

function limiterAt(clock: { now: number }) {
  return new RepeatLogLimiter(10_000, () => clock.now);
}

describe("RepeatLogLimiter", () => {
  test("first line of a key is logged", () => {
    const limiter = limiterAt({ now: 0 });

    expect(limiter.check("Search:UPSTREAM_UNAVAILABLE")).toEqual({ log: true, suppressed: 0 });
  });

  test("repeats within the window are held back and counted", () => {
    const limiter = limiterAt({ now: 0 });
    limiter.check("k");

    expect(limiter.check("k")).toEqual({ log: false, suppressed: 1 });
    expect(limiter.check("k")).toEqual({ log: false, suppressed: 2 });
  });

  test("after the window the next line reports the count", () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    limiter.check("k");
    limiter.check("k");
    limiter.check("k");
    clock.now = 10_000;

    expect(limiter.check("k")).toEqual({ log: true, suppressed: 2 });
    expect(limiter.check("k")).toEqual({ log: false, suppressed: 1 });
  });

  test("keys are independent", () => {
    const limiter = limiterAt({ now: 0 });
    limiter.check("Search:UPSTREAM_UNAVAILABLE");

    expect(limiter.check("Search:UPSTREAM_TIMEOUT").log).toBe(true);
  });
});
