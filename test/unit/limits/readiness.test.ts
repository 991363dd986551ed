import { pino } from "pino";
import { describe, expect, test } from "vitest";

import { UpstreamError } from "../../../src/errors/gateway-errors.js";
import { ReadinessCheck } from "../../../src/observability/readiness.js";

/** Builds the two members of SageMakerApi that the check reads, with a probe that behaves as given. */
function api(options: { lastAnsweredAt?: number; probe?: () => Promise<void> }) {
  let probes = 0;
  return {
    get probes() {
      return probes;
    },
    lastAnsweredAt: options.lastAnsweredAt,
    listTrainingJobs: async () => {
      probes += 1;
      await (options.probe ?? (async () => undefined))();
      return { TrainingJobSummaries: [], $metadata: {} };
    },
  };
}

function check(fake: ReturnType<typeof api>, now = 100_000) {
  return new ReadinessCheck({ api: fake, logger: pino({ level: "silent" }), windowMs: 30_000, probeTimeoutMs: 1_000, now: () => now });
}

describe("ReadinessCheck", () => {
  test("a call within the window is enough", async () => {
    const fake = api({ lastAnsweredAt: 80_000 });

    expect(await check(fake).check()).toEqual({ ready: true, basis: "recent_call", lastAnsweredAt: new Date(80_000).toISOString() });
    expect(fake.probes).toBe(0);
  });

  test("an older call leads to a probe", async () => {
    const fake = api({ lastAnsweredAt: 60_000 });

    expect(await check(fake).check()).toMatchObject({ ready: true, basis: "probe" });
    expect(fake.probes).toBe(1);
  });

  test("a failed probe is not ready", async () => {
    const fake = api({
      probe: async () => {
        throw new UpstreamError("UPSTREAM_UNAVAILABLE", "down", { operation: "ListTrainingJobs" });
      },
    });

    expect(await check(fake).check()).toEqual({ ready: false, reason: "probe_failed", code: "UPSTREAM_UNAVAILABLE" });
  });

  test("concurrent checks share one probe", async () => {
    let release: () => void = () => undefined;
    const fake = api({ probe: () => new Promise<void>((resolve) => (release = resolve)) });
    const readiness = check(fake);

    const checks = [readiness.check(), readiness.check(), readiness.check()];
    release();
    await Promise.all(checks);

    expect(fake.probes).toBe(1);
  });

  test("stopping is never ready", async () => {
    const readiness = check(api({ lastAnsweredAt: 99_000 }));
    readiness.markStopping();

    expect(await readiness.check()).toEqual({ ready: false, reason: "stopping" });
  });
});
