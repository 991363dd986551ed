import { describe, expect, test } from "vitest";

import { SharedJobCache } from "../../src/sagemaker/shared-job-cache.js";

function cacheAt(clock: { now: number }, maxEntries = 10) {
  return new SharedJobCache({ maxEntries, terminalTtlMs: 60_000, activeTtlMs: 2_000 }, () => clock.now);
}

describe("SharedJobCache", () => {
  test("keeps a completed job for the terminal lifetime", () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    cache.set("describe:a", { status: "done" }, "Completed");

    clock.now = 59_999;
    expect(cache.get("describe:a")).toEqual({ status: "done" });
    clock.now = 60_000;
    expect(cache.get("describe:a")).toBeUndefined();
  });

  test("keeps a running job only for the active lifetime", () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    cache.set("describe:a", { status: "running" }, "InProgress");

    clock.now = 1_999;
    expect(cache.get("describe:a")).toBeDefined();
    clock.now = 2_000;
    expect(cache.get("describe:a")).toBeUndefined();
  });

  test("unknown status counts as active", () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    cache.set("search:a", 1, undefined);

    clock.now = 2_000;
    expect(cache.get("search:a")).toBeUndefined();
  });

  test("evicts the least recently used entry", () => {
    const cache = cacheAt({ now: 0 }, 2);
    cache.set("describe:a", 1, "Completed");
    cache.set("describe:b", 2, "Completed");
    cache.get("describe:a");
    cache.set("describe:c", 3, "Completed");

    expect(cache.get("describe:b")).toBeUndefined();
    expect(cache.get("describe:a")).toBe(1);
    expect(cache.size).toBe(2);
  });

  test("evictJob drops every view of the job", () => {
    const cache = cacheAt({ now: 0 });
    cache.set("describe:a", 1, "Completed");
    cache.set("search:a", 2, "Completed");
    cache.set("tags:arn:aws:sagemaker:us-east-1:1:training-job/a", 3, "Completed");
    cache.evictJob("a", "arn:aws:sagemaker:us-east-1:1:training-job/A");

    expect(cache.size).toBe(0);
  });

  test("shares a load in flight until it settles", async () => {
    const cache = cacheAt({ now: 0 });
    let release!: (value: string) => void;
    const load = cache.track("describe:a", new Promise<string>((resolve) => (release = resolve)));

    expect(cache.pending("describe:a")).toBe(load);
    release("done");
    await load;
    await Promise.resolve();
    expect(cache.pending("describe:a")).toBeUndefined();
  });

  test("zero entries disables caching", () => {
    const cache = cacheAt({ now: 0 }, 0);
    cache.set("describe:a", 1, "Completed");

    expect(cache.get("describe:a")).toBeUndefined();
  });
});
