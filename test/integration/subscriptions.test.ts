import { createClient, type Client } from "graphql-ws";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";

import type { StoredJob, WireTrainingJob } from "../../src/local-sagemaker/index.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";

const UPDATES = `subscription Updates($names: [String!], $filter: TrainingJobUpdateFilter) {
  trainingJobUpdated(names: $names, filter: $filter) {
    trainingJobName
    changes
    previousTrainingJobStatus
    previousSecondaryStatus
    observedAt
    job { trainingJobStatus secondaryStatus tags { key value } }
  }
}`;

type Update = {
  trainingJobName: string;
  changes: string[];
  previousTrainingJobStatus: string | null;
  previousSecondaryStatus: string | null;
  observedAt: string;
  job: { trainingJobStatus: string; secondaryStatus: string; tags: Array<{ key: string; value: string }> | null } | null;
};

/** One subscription's received events and errors, with a way to wait for an expected state. */
class LiveSubscription {
  readonly updates: Update[] = [];
  readonly errors: unknown[] = [];
  private readonly dispose: () => void;

  constructor(client: Client, variables: object, query = UPDATES) {
    this.dispose = client.subscribe<{ trainingJobUpdated: Update }>(
      { query, variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors) this.errors.push(result.errors);
          if (result.data) this.updates.push(result.data.trainingJobUpdated);
        },
        error: (error) => this.errors.push(error),
        complete: () => {},
      },
    );
  }

  /** Resolves once `done(updates)` is true; fails after 5 seconds naming what was awaited. */
  async waitFor(what: string, done: (updates: Update[]) => boolean): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!done(this.updates)) {
      if (this.errors.length > 0) throw new Error(`${what}: the subscription failed with ${JSON.stringify(this.errors)}`);
      if (Date.now() > deadline) throw new Error(`${what}: not received within 5 s; got ${JSON.stringify(this.updates)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  stop(): void {
    this.dispose();
  }
}

let harness: Harness;
const clients: Client[] = [];
const used = new Set<string>();

beforeAll(async () => {
  harness = await startHarness({
    sagemaker: { stopDelayMs: 300 },
    env: { SUBSCRIPTION_MIN_INTERVAL_MS: "100", SUBSCRIPTION_MAX_CALLS_PER_SECOND: "100", MAX_QUERY_ALIASES: "1" },
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await harness?.close();
});

function connect(): Client {
  const client = createClient({ url: harness.gateway.graphqlUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  clients.push(client);
  return client;
}

/**
 * Stores a copy of a fleet job in the given status under a new name and
 * returns that name, so that each test watches a job no other test uses.
 */
function freshJob(status: string, secondaryStatus = status): string {
  const template = harness.sagemaker.jobNames().find((candidate) => harness.sagemaker.getJob(candidate)!.job.TrainingJobStatus === status);
  if (!template) throw new Error(`the fleet has no ${status} job to copy`);

  const stored = harness.sagemaker.getJob(template)!;
  const name = `live-${status.toLowerCase()}-${used.size + 1}`;
  used.add(name);
  stored.job.TrainingJobName = name;
  stored.job.TrainingJobArn = stored.job.TrainingJobArn.replace(template, name);
  stored.job.SecondaryStatus = secondaryStatus;
  harness.sagemaker.putJob(stored);
  return name;
}

/** Changes a job in the local SageMaker the way SageMaker would, bumping LastModifiedTime. */
function changeJob(name: string, change: (job: WireTrainingJob) => void): void {
  const stored: StoredJob = harness.sagemaker.getJob(name)!;
  change(stored.job);
  stored.job.LastModifiedTime = Date.now() / 1000;
  harness.sagemaker.putJob(stored);
}

function enterSecondaryStatus(status: string): (job: WireTrainingJob) => void {
  return (job) => {
    job.SecondaryStatus = status;
  };
}

describe("trainingJobUpdated", () => {
  test("sends the current state first", async () => {
    const name = freshJob("InProgress", "Training");
    const live = new LiveSubscription(connect(), { names: [name] });

    await live.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    expect(live.updates[0]).toMatchObject({
      trainingJobName: name,
      changes: ["INITIAL"],
      previousTrainingJobStatus: null,
      job: { trainingJobStatus: "IN_PROGRESS", secondaryStatus: "TRAINING" },
    });
  });

  test("reports a secondary status change", async () => {
    const name = freshJob("InProgress", "Training");
    const live = new LiveSubscription(connect(), { names: [name] });
    await live.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    changeJob(name, enterSecondaryStatus("Uploading"));
    await live.waitFor("the change", (updates) => updates.length >= 2);

    expect(live.updates[1]).toMatchObject({
      changes: ["SECONDARY_STATUS"],
      previousTrainingJobStatus: "IN_PROGRESS",
      previousSecondaryStatus: "TRAINING",
      job: { trainingJobStatus: "IN_PROGRESS", secondaryStatus: "UPLOADING" },
    });
  });

  test("reports completion with final metrics", async () => {
    const name = freshJob("InProgress", "Training");
    const live = new LiveSubscription(connect(), { names: [name] });
    await live.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    changeJob(name, (job) => {
      job.TrainingJobStatus = "Completed";
      job.SecondaryStatus = "Completed";
      job.FinalMetricDataList = [{ MetricName: "validation:auc", Value: 0.91, Timestamp: Date.now() / 1000 }];
    });
    await live.waitFor("the completion", (updates) => updates.length >= 2);

    expect(live.updates[1].changes).toEqual(["TRAINING_JOB_STATUS", "SECONDARY_STATUS", "FINAL_METRICS"]);
  });

  test("sends each change once", async () => {
    const name = freshJob("InProgress", "Training");
    const live = new LiveSubscription(connect(), { names: [name] });
    await live.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    changeJob(name, enterSecondaryStatus("Uploading"));
    await live.waitFor("the change", (updates) => updates.length >= 2);
    const pollsAfterChange = harness.gateway.jobUpdates.stats().polls;
    await waitForPolls(pollsAfterChange + 3);

    expect(live.updates.map((update) => update.changes)).toEqual([["INITIAL"], ["SECONDARY_STATUS"]]);
  });

  test("unknown job fails with NOT_FOUND", async () => {
    const live = new LiveSubscription(connect(), { names: ["no-such-job-anywhere"] });

    await waitUntil("the error", () => live.errors.length > 0);

    expect(live.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "NOT_FOUND" }) })]);
  });

  test("invalid arguments fail with BAD_USER_INPUT", async () => {
    const live = new LiveSubscription(connect(), { names: [] });

    await waitUntil("the error", () => live.errors.length > 0);

    expect(live.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", argumentName: "names" }) })]);
  });

  test("too many aliases fail validation", async () => {
    const aliased = "subscription($names: [String!]) { trainingJobUpdated(names: $names) { a: trainingJobName b: changes } }";
    const live = new LiveSubscription(connect(), { names: [freshJob("Completed")] }, aliased);

    await waitUntil("the error", () => live.errors.length > 0);

    expect(live.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases" }) })]);
  });

  test.each([
    ["misspelled field", "subscription { trainingJobUpdate { trainingJobName } }", {}, "GRAPHQL_VALIDATION_FAILED"],
    ["syntax error", "subscription {", {}, "GRAPHQL_PARSE_FAILED"],
    ["unknown enum value", "subscription { trainingJobUpdated(filter: { statusEquals: RUNNING }) { trainingJobName } }", {}, "GRAPHQL_VALIDATION_FAILED"],
    [
      "variable of the wrong type",
      "subscription($filter: TrainingJobUpdateFilter) { trainingJobUpdated(filter: $filter) { trainingJobName } }",
      { filter: { statusEquals: "Running" } },
      "BAD_USER_INPUT",
    ],
  ] as const)("%s has a code", async (_case, document, variables, code) => {
    const live = new LiveSubscription(connect(), variables as Record<string, unknown>, document);

    await waitUntil("the error", () => live.errors.length > 0);

    expect(live.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
  });

  test("a query over WebSocket is BAD_REQUEST", async () => {
    const live = new LiveSubscription(connect(), {}, "query { trainingJob(name: \"any-job\") { trainingJobName } }");

    await waitUntil("the error", () => live.errors.length > 0);

    expect(live.errors[0]).toEqual([expect.objectContaining({ extensions: { code: "BAD_REQUEST" } })]);
  });

  test("over HTTP it is BAD_REQUEST", async () => {
    const response = await harness.query(UPDATES, { names: [freshJob("Completed")] });

    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });
});

describe("trainingJobUpdated with a filter", () => {
  test("receives changes of matching jobs only", async () => {
    const running = freshJob("InProgress", "Training");
    const completed = freshJob("Completed");
    const live = new LiveSubscription(connect(), { filter: { statusEquals: "IN_PROGRESS" } });
    await waitForPolls(harness.gateway.jobUpdates.stats().polls + 2);

    changeJob(completed, (job) => {
      job.WarmPoolStatus = { Status: "Terminated" };
    });
    changeJob(running, enterSecondaryStatus("Uploading"));
    await live.waitFor("the running job's change", (updates) => updates.some((update) => update.trainingJobName === running));
    await waitForPolls(harness.gateway.jobUpdates.stats().polls + 2);

    expect(live.updates.map((update) => update.trainingJobName)).toEqual([running]);
  });

  test("a job leaving the status is reported", async () => {
    const name = freshJob("InProgress", "Uploading");
    const live = new LiveSubscription(connect(), { filter: { statusEquals: "IN_PROGRESS", nameContains: name.slice(0, 20).toUpperCase() } });
    await waitForPolls(harness.gateway.jobUpdates.stats().polls + 2);

    changeJob(name, (job) => {
      job.TrainingJobStatus = "Failed";
      job.SecondaryStatus = "Failed";
    });
    await live.waitFor("the failure", (updates) => updates.some((update) => update.trainingJobName === name));

    expect(live.updates.find((update) => update.trainingJobName === name)?.previousTrainingJobStatus).toBe("IN_PROGRESS");
  });
});

describe("one poller for every subscriber", () => {
  test("25 subscribers get the change from shared polls", async () => {
    const name = freshJob("InProgress", "Training");
    const subscriptions = Array.from({ length: 25 }, () => new LiveSubscription(connect(), { names: [name] }));
    await Promise.all(subscriptions.map((live) => live.waitFor("the INITIAL event", (updates) => updates.length >= 1)));
    const pollsBefore = harness.gateway.jobUpdates.stats().polls;
    harness.resetCalls();

    changeJob(name, enterSecondaryStatus("Uploading"));
    await Promise.all(subscriptions.map((live) => live.waitFor("the change", (updates) => updates.length >= 2)));

    // A poll in flight when the counters were read may add its calls on top of the finished polls.
    const polls = harness.gateway.jobUpdates.stats().polls - pollsBefore;
    const listCalls = harness.calls().ListTrainingJobs ?? 0;
    expect(polls).toBeGreaterThanOrEqual(1);
    expect(listCalls).toBeLessThanOrEqual(3 * (polls + 1));
    expect(listCalls).toBeLessThan(25);
    expect(harness.calls().DescribeTrainingJob ?? 0).toBeLessThanOrEqual(polls + 1);
  });

  test("polling stops without subscribers and restarts", async () => {
    const name = freshJob("InProgress", "Training");
    const first = new LiveSubscription(connect(), { names: [name] });
    await first.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await waitUntil("polling to stop", () => !harness.gateway.jobUpdates.stats().polling);
    const second = new LiveSubscription(connect(), { names: [name] });
    await second.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    expect(harness.gateway.jobUpdates.stats()).toMatchObject({ subscribers: 1, polling: true });
  });

  test("a reconnecting subscriber gets the state it missed", async () => {
    const name = freshJob("InProgress", "Training");
    const before = new LiveSubscription(connect(), { names: [name] });
    await before.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    changeJob(name, enterSecondaryStatus("Uploading"));
    const after = new LiveSubscription(connect(), { names: [name] });
    await after.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    expect(after.updates[0]).toMatchObject({ changes: ["INITIAL"], job: { secondaryStatus: "UPLOADING" } });
  });
});

describe("changes made through mutations", () => {
  test("a stop reaches subscribers", async () => {
    const name = freshJob("InProgress", "Training");
    const live = new LiveSubscription(connect(), { names: [name] });
    await live.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    await harness.query("mutation Stop($name: String!) { stopTrainingJob(name: $name) { trainingJobStatus } }", { name });
    await live.waitFor("the stop", (updates) => updates.some((update) => update.job?.trainingJobStatus === "STOPPED"));

    expect(live.updates.map((update) => [update.changes, update.job?.trainingJobStatus])).toEqual([
      [["INITIAL"], "IN_PROGRESS"],
      [["TRAINING_JOB_STATUS", "SECONDARY_STATUS"], "STOPPING"],
      [["TRAINING_JOB_STATUS", "SECONDARY_STATUS"], "STOPPED"],
    ]);
  });

  test("a tag change reaches subscribers", async () => {
    const name = freshJob("Completed");
    const live = new LiveSubscription(connect(), { names: [name] });
    await live.waitFor("the INITIAL event", (updates) => updates.length >= 1);

    await harness.query("mutation Tag($name: String!) { addTrainingJobTags(name: $name, tags: [{ key: \"owner\", value: \"vision-team\" }]) { trainingJobName } }", { name });
    await live.waitFor("the tag change", (updates) => updates.length >= 2);

    expect(live.updates[1].changes).toEqual(["TAGS"]);
    expect(live.updates[1].job?.tags).toContainEqual({ key: "owner", value: "vision-team" });
  });
});

async function waitUntil(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function waitForPolls(count: number): Promise<void> {
  return waitUntil(`poll ${count}`, () => harness.gateway.jobUpdates.stats().polls >= count);
}
