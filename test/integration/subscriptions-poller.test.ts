import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { startLocalSageMaker, type LocalSageMaker, type WireTrainingJob } from "../../src/local-sagemaker/index.js";
import type { CallScope } from "../../src/sagemaker/call-scope.js";
import { createSageMakerClient } from "../../src/sagemaker/client.js";
import { ListCursorCodec } from "../../src/sagemaker/list-cursor.js";
import { SageMakerApi } from "../../src/sagemaker/sagemaker-api.js";
import { SharedJobCache } from "../../src/sagemaker/shared-job-cache.js";
import type { SageMakerAccess } from "../../src/sagemaker/training-job-gateway.js";
import { UpstreamMetrics } from "../../src/sagemaker/upstream-metrics.js";
import { JobPoller } from "../../src/subscriptions/job-poller.js";
import type { JobState } from "../../src/subscriptions/job-state.js";
import { sweepJobs } from "../../src/subscriptions/job-sweep.js";
import { pollDelayMs } from "../../src/subscriptions/poll-schedule.js";
import type { SubscriptionSettings } from "../../src/subscriptions/subscriptions.config.js";

const settings: SubscriptionSettings = { maxCallsPerSecond: 1, minIntervalMs: 2_000, sweepMaxPages: 3, maxDescribesPerPoll: 2 };

let sagemaker: LocalSageMaker;
let access: SageMakerAccess;
const silent = pino({ level: "silent" });

beforeAll(async () => {
  sagemaker = await startLocalSageMaker({ fleetSize: 250, seed: 3, progressionIntervalMs: 0 });
  const client = createSageMakerClient({ endpoint: sagemaker.url, region: "us-east-1", maxAttempts: 1, requestTimeoutMs: 5_000, useDummyCredentials: true });
  access = {
    api: new SageMakerApi(client, new UpstreamMetrics(), 8),
    cache: new SharedJobCache({ maxEntries: 1_000, terminalTtlMs: 60_000, activeTtlMs: 2_000 }),
    cursorCodec: new ListCursorCodec(undefined),
    maxUpstreamPages: 10,
    logger: silent,
  };
});

afterAll(async () => {
  await sagemaker?.close();
});

beforeEach(() => {
  sagemaker.resetStats();
});

function scope(): CallScope {
  return { requestId: "poller-test", logger: silent, upstreamCalls: {} };
}

/** Fleet jobs newest first, the order of the sweep. */
function newestFirst(): WireTrainingJob[] {
  return sagemaker
    .jobNames()
    .map((name) => sagemaker.getJob(name)!.job)
    .sort((a, b) => b.CreationTime - a.CreationTime || (a.TrainingJobName < b.TrainingJobName ? -1 : 1));
}

describe("pollDelayMs", () => {
  test("one call waits the minimum interval", () => {
    expect(pollDelayMs(1, 0, settings)).toBe(2_000);
  });

  test("five calls at one a second wait five seconds", () => {
    expect(pollDelayMs(5, 0, settings)).toBe(5_000);
  });

  test("a higher budget shortens the wait to the minimum", () => {
    expect(pollDelayMs(5, 0, { ...settings, maxCallsPerSecond: 10 })).toBe(2_000);
  });

  test("failures double the wait", () => {
    expect(pollDelayMs(1, 2, settings)).toBe(8_000);
  });

  test("failures wait at most a minute", () => {
    expect(pollDelayMs(1, 20, settings)).toBe(60_000);
  });
});

describe("sweepJobs", () => {
  test("first sweep reads every page allowed", async () => {
    const sweep = await sweepJobs(access.api, scope(), { maxPages: 3, depth: "unknown" });

    expect(sweep.pages).toBe(3);
    expect(sweep.summaries.map((summary) => summary.TrainingJobName)).toEqual(newestFirst().slice(0, 250).map((job) => job.TrainingJobName));
  });

  test("without active jobs one page is read", async () => {
    const sweep = await sweepJobs(access.api, scope(), { maxPages: 3, depth: "none" });

    expect(sweep.pages).toBe(1);
  });

  test("reads down to the oldest active job", async () => {
    const jobs = newestFirst();
    const depth = jobs[150].CreationTime * 1000;

    const sweep = await sweepJobs(access.api, scope(), { maxPages: 3, depth });

    expect(sweep.pages).toBe(2);
  });

  test("next depth is the oldest active job's creation", async () => {
    const active = newestFirst().filter((job) => !["Completed", "Failed", "Stopped"].includes(job.TrainingJobStatus) || ["Available", "InUse"].includes(job.WarmPoolStatus?.Status ?? ""));

    const sweep = await sweepJobs(access.api, scope(), { maxPages: 3, depth: "unknown" });

    expect(sweep.nextDepth).toBe(active.at(-1)!.CreationTime * 1000);
  });
});

describe("JobPoller", () => {
  /** Old jobs made InProgress again: the fleet's running jobs are all among the newest, inside any sweep. */
  let oldRunning: string[];

  beforeAll(() => {
    oldRunning = newestFirst()
      .slice(150, 153)
      .map((job) => job.TrainingJobName);
    for (const name of oldRunning) {
      const stored = sagemaker.getJob(name)!;
      stored.job.TrainingJobStatus = "InProgress";
      stored.job.SecondaryStatus = "Training";
      sagemaker.putJob(stored);
    }
  });

  function stateOf(job: WireTrainingJob): JobState {
    return {
      summary: {
        TrainingJobName: job.TrainingJobName,
        TrainingJobArn: job.TrainingJobArn,
        TrainingJobStatus: job.TrainingJobStatus as never,
        SecondaryStatus: job.SecondaryStatus as never,
        CreationTime: new Date(job.CreationTime * 1000),
        LastModifiedTime: new Date((job.LastModifiedTime ?? job.CreationTime) * 1000),
      },
      finalMetrics: "[]",
      requestedAt: Date.now(),
    };
  }

  test("describes a watched running job outside the sweep", async () => {
    const poller = new JobPoller(access, { ...settings, sweepMaxPages: 1 });

    const result = await poller.poll(scope(), new Map(), new Map([[oldRunning[0], true]]), Date.now());

    expect(result.describes).toBe(1);
    expect(sagemaker.stats().DescribeTrainingJob).toBe(1);
  });

  test("skips a watched finished job outside the sweep", async () => {
    const poller = new JobPoller(access, { ...settings, sweepMaxPages: 1 });
    const outside = newestFirst()
      .slice(160)
      .find((job) => job.TrainingJobStatus === "Failed" && !job.WarmPoolStatus)!;
    const known = new Map([[outside.TrainingJobName, stateOf(outside)]]);

    const result = await poller.poll(scope(), known, new Map([[outside.TrainingJobName, true]]), Date.now());

    expect(result.describes).toBe(0);
  });

  test("skips an unmodified watched job in the sweep", async () => {
    const poller = new JobPoller(access, settings);
    const inside = newestFirst()[0];

    const result = await poller.poll(scope(), new Map([[inside.TrainingJobName, stateOf(inside)]]), new Map([[inside.TrainingJobName, true]]), Date.now());

    expect(result.describes).toBe(0);
  });

  test("caps Describe calls and serves the rest next time", async () => {
    const poller = new JobPoller(access, { ...settings, sweepMaxPages: 1 });
    const outside = oldRunning;
    const watched = new Map(outside.map((name) => [name, false]));

    const first = await poller.poll(scope(), new Map(), watched, Date.now());
    const second = await poller.poll(scope(), new Map(), watched, Date.now());

    const describedFirst = first.observations.filter((observation) => observation.fresh).map((observation) => observation.summary.TrainingJobName);
    const describedSecond = second.observations.filter((observation) => observation.fresh).map((observation) => observation.summary.TrainingJobName);
    expect(describedFirst).toEqual(outside.slice(0, 2));
    expect(describedSecond[0]).toBe(outside[2]);
  });

  test("first poll finds no new jobs", async () => {
    const poller = new JobPoller(access, settings);

    const result = await poller.poll(scope(), new Map(), new Map(), Date.now());

    expect(result.newJobs.size).toBe(0);
  });
});
