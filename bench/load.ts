import "reflect-metadata";

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { destination as logDestination, pino } from "pino";

import { readConfig } from "../src/config/config.js";
import { startGateway, type RunningGateway } from "../src/server/gateway.js";
import { startLocalSageMakerProcess, type LocalSageMakerProcess } from "./local-sagemaker-process.js";
import { percentile } from "./measurements.js";

/**
 * `npm run load`: a bounded load on the gateway over loopback. The local
 * SageMaker runs in its own process, the gateway in this one, so that the
 * memory figures are the gateway's. Two phases of `--duration` seconds each
 * run `--clients` clients that send a mix of queries back to back: first
 * with no faults, then with each fault kind of the local SageMaker in turn
 * (500, 503, slow responses, resets, malformed JSON, throttling). A short
 * warm-up with every fault kind comes first, so that the memory measured
 * at the start already holds what a warm process keeps (compiled code,
 * open sockets, Apollo's document cache). The report
 * goes to stdout; the exit code is 1 when a target is missed: no 5xx, no
 * unhandled rejection, p99 within the request deadline, every query served
 * again after the faults end, heap at the end within 10% of the start.
 */
const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.LOAD_DURATION_SECONDS ?? "60" },
    clients: { type: "string", default: process.env.LOAD_CLIENTS ?? "100" },
    latency: { type: "string", default: process.env.LOAD_LATENCY_MS ?? "20" },
  },
});
const DURATION_SECONDS = positiveInteger("--duration", options.duration);
const CLIENTS = positiveInteger("--clients", options.clients);
const LATENCY_MS = positiveInteger("--latency", options.latency, 0);
/** Upper bound on requests per phase, whatever the duration: the load stays bounded in count as well as time. */
const MAX_REQUESTS_PER_PHASE = 2_000_000;
const FLEET_SIZE = 1_000;
/** One second of each fault kind, at full concurrency, before the start is measured. */
const WARM_UP_SECONDS = 6;

function positiveInteger(flag: string, raw: string, min = 1): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`Invalid ${flag} ${JSON.stringify(raw)}: expected an integer of at least ${min}.`);
  return value;
}

/** Fault settings applied to every operation, one kind after the other during the fault phase. */
const FAULT_KINDS: Array<{ kind: string; behaviour: Record<string, unknown> }> = [
  { kind: "500 InternalFailure on 30% of calls", behaviour: { faults: { "*": { errorRate: 0.3, errorType: "InternalFailure" } } } },
  { kind: "503 ServiceUnavailable on 30% of calls", behaviour: { faults: { "*": { errorRate: 0.3, errorType: "ServiceUnavailable" } } } },
  { kind: "every answer 6 s late", behaviour: { faults: { "*": { slowMs: 6_000 } } } },
  { kind: "30% of connections reset mid-answer", behaviour: { faults: { "*": { resetRate: 0.3 } } } },
  { kind: "30% of answers malformed JSON", behaviour: { faults: { "*": { malformedRate: 0.3 } } } },
  {
    kind: "throttling: 20 calls/s per operation, burst 20",
    behaviour: {
      throttle: Object.fromEntries(["ListTrainingJobs", "Search", "DescribeTrainingJob", "ListTags"].map((op) => [op, { ratePerSecond: 20, burst: 20 }])),
    },
  },
];
const NO_FAULTS = { faults: {}, throttle: {} };

type Query = { name: string; query: string; variables: (pick: (values: readonly string[]) => string) => Record<string, unknown> };

const DETAIL_FIELDS = "trainingJobName trainingJobStatus roleArn resourceConfig { instanceType instanceCount } hyperParameters { key value } finalMetricDataList { metricName value } tags { key value }";
const DESCRIBE_ONLY_FIELDS = "trainingJobName billableTokenCount profilingStatus progressInfo { currentStep totalStepCountPerEpoch }";

/** Builds the query mix; each client takes the queries in turn, starting at its own offset. */
function queryMix(names: readonly string[]): Query[] {
  const name = (pick: (values: readonly string[]) => string) => ({ name: pick(names) });
  return [
    { name: "job details", query: `query JobDetails($name: String!) { trainingJob(name: $name) { ${DETAIL_FIELDS} } }`, variables: name },
    {
      name: "list summaries",
      query: "query ListSummaries($status: TrainingJobStatus) { trainingJobs(first: 50, filter: { statusEquals: $status }) { edges { node { trainingJobName trainingJobStatus creationTime } } } }",
      variables: (pick) => ({ status: pick(["COMPLETED", "FAILED", "IN_PROGRESS", "STOPPED"]) }),
    },
    { name: "list details", query: `query ListDetails { trainingJobs(first: 20) { edges { node { ${DETAIL_FIELDS} } } } }`, variables: () => ({}) },
    { name: "job Describe-only", query: `query JobDescribeOnly($name: String!) { trainingJob(name: $name) { ${DESCRIBE_ONLY_FIELDS} } }`, variables: name },
    { name: "list Describe-only", query: `query ListDescribeOnly { trainingJobs(first: 10) { edges { node { ${DESCRIBE_ONLY_FIELDS} } } } }`, variables: () => ({}) },
    { name: "job status", query: "query JobStatus($name: String!) { trainingJob(name: $name) { trainingJobName trainingJobStatus secondaryStatus } }", variables: name },
  ];
}

type Response = { status: number; latencyMs: number; codes: string[] };

type PhaseResult = {
  phase: string;
  seconds: number;
  responses: Response[];
  failedConnections: number;
};

async function send(gateway: RunningGateway, query: Query, pick: (values: readonly string[]) => string): Promise<Response> {
  const started = performance.now();
  const response = await fetch(gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: query.query, variables: query.variables(pick) }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, latencyMs: performance.now() - started, codes: (body.errors ?? []).map((error) => error.extensions?.code ?? "NO_CODE") };
}

/** Runs CLIENTS clients for `seconds`, each sending its next query as soon as the last one returns. */
async function runPhase(phase: string, gateway: RunningGateway, queries: Query[], names: readonly string[], seconds: number, onTick?: (elapsed: number) => Promise<void>): Promise<PhaseResult> {
  const responses: Response[] = [];
  let failedConnections = 0;
  const started = performance.now();
  const endsAt = started + seconds * 1000;

  const client = async (index: number) => {
    let turn = index;
    const pick = (values: readonly string[]) => values[(turn * 7919 + index) % values.length];
    while (performance.now() < endsAt && responses.length + failedConnections < MAX_REQUESTS_PER_PHASE) {
      turn += 1;
      try {
        responses.push(await send(gateway, queries[turn % queries.length], pick));
      } catch {
        failedConnections += 1;
      }
    }
  };

  const ticker = onTick ? tick(started, endsAt, onTick) : Promise.resolve();
  await Promise.all([...Array.from({ length: CLIENTS }, (_, index) => client(index)), ticker]);
  return { phase, seconds: (performance.now() - started) / 1000, responses, failedConnections };
}

/** Calls `onTick` every second until `endsAt`, with the seconds elapsed. */
async function tick(started: number, endsAt: number, onTick: (elapsed: number) => Promise<void>): Promise<void> {
  while (performance.now() < endsAt) {
    await onTick((performance.now() - started) / 1000);
    await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, Math.max(0, endsAt - performance.now()))));
  }
}

type Memory = { rssMb: number; heapMb: number };

/**
 * Idle keep-alive connections close after 5 s on the gateway's side (Node's
 * http server default) and 4 s on the clients' side (undici's default).
 * Waiting past both keeps open sockets out of the measurements.
 */
const IDLE_SOCKETS_CLOSED_MS = 6_000;

/** RSS and heap after idle connections closed and a full garbage collection. */
async function measureMemory(): Promise<Memory> {
  await new Promise((resolve) => setTimeout(resolve, IDLE_SOCKETS_CLOSED_MS));
  globalThis.gc!();
  globalThis.gc!();
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20 };
}

/** Cycles through the fault kinds, `secondsEach` seconds each, from a phase's ticks. */
function faultCycle(setBehaviour: (behaviour: Record<string, unknown>) => Promise<void>, secondsEach: number, label: string) {
  let current = -1;
  return async (elapsed: number) => {
    const next = Math.min(FAULT_KINDS.length - 1, Math.floor(elapsed / secondsEach));
    if (next === current) return;
    current = next;
    process.stderr.write(`load: ${label}: ${FAULT_KINDS[next].kind}\n`);
    await setBehaviour({ ...NO_FAULTS, ...FAULT_KINDS[next].behaviour });
  };
}

function count<T extends string | number>(values: readonly T[]): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Part of a phase that the report keeps; the responses themselves are dropped before memory is measured. */
type PhaseSummary = { lines: string[]; p99Ms: number; serverErrors: number; failedConnections: number };

function summarize(result: PhaseResult, deadlineMs: number): PhaseSummary {
  const latencies = result.responses.map((response) => response.latencyMs);
  const statuses = count(result.responses.map((response) => response.status));
  const codes = count(result.responses.flatMap((response) => response.codes));
  const lines = [
    `### ${result.phase}`,
    "",
    `- requests served: ${result.responses.length} in ${result.seconds.toFixed(1)} s (${(result.responses.length / result.seconds).toFixed(0)}/s); connections failed: ${result.failedConnections}`,
    `- responses by HTTP status: ${statuses.map(([status, n]) => `${status}: ${n}`).join(", ")}`,
    `- errors by code: ${codes.length === 0 ? "none" : codes.map(([code, n]) => `${code}: ${n}`).join(", ")}`,
    `- latency: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (deadline ${deadlineMs} ms)`,
    "",
  ];
  return {
    lines,
    p99Ms: percentile(latencies, 0.99),
    serverErrors: result.responses.filter((response) => response.status >= 500).length,
    failedConnections: result.failedConnections,
  };
}

/** Counts the gateway's log lines by event, from the log file of the run. */
function logCounts(file: string): string {
  const events = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { event?: string; level: number }).event ?? "other");
  return count(events)
    .map(([event, n]) => `${event}: ${n}`)
    .join(", ");
}

async function main(): Promise<void> {
  let unhandledRejections = 0;
  process.on("unhandledRejection", () => (unhandledRejections += 1));

  const sagemaker: LocalSageMakerProcess = await startLocalSageMakerProcess({
    LOCAL_SAGEMAKER_FLEET_SIZE: String(FLEET_SIZE),
    LOCAL_SAGEMAKER_SEED: "1",
    LOCAL_SAGEMAKER_LATENCY_MS: String(LATENCY_MS),
    LOCAL_SAGEMAKER_PROGRESSION_INTERVAL_MS: "0",
  });
  const setBehaviour = async (behaviour: Record<string, unknown>) => {
    const response = await fetch(`${sagemaker.url}/_local/behaviour`, { method: "PUT", body: JSON.stringify(behaviour) });
    if (!response.ok) throw new Error(`PUT /_local/behaviour failed with HTTP ${response.status}: ${await response.text()}`);
  };

  const logDir = mkdtempSync(join(tmpdir(), "gateway-load-"));
  const logFile = join(logDir, "gateway.log");
  const destination = logDestination({ dest: logFile, sync: false });
  const config = readConfig({ ...process.env, AWS_ENDPOINT_URL_SAGEMAKER: sagemaker.url, AWS_REGION: "us-east-1", HOST: "127.0.0.1", PORT: "0" });
  const gateway = await startGateway(config, { logger: pino({ level: "info" }, destination) });
  const deadlineMs = config.limits.requestDeadlineMs;

  try {
    const names = await jobNames(gateway);
    const queries = queryMix(names);
    process.stderr.write(`load: warm-up, ${WARM_UP_SECONDS} s\n`);
    await runPhase("Warm-up", gateway, queries, names, WARM_UP_SECONDS, faultCycle(setBehaviour, WARM_UP_SECONDS / FAULT_KINDS.length, "warm-up"));
    await setBehaviour(NO_FAULTS);
    await Promise.all(queries.map((query) => send(gateway, query, (values) => values[0])));
    const start = await measureMemory();

    process.stderr.write(`load: ${CLIENTS} clients, ${DURATION_SECONDS} s without faults\n`);
    const normal = summarize(await runPhase("Without faults", gateway, queries, names, DURATION_SECONDS), deadlineMs);

    process.stderr.write(`load: ${CLIENTS} clients, ${DURATION_SECONDS} s with faults\n`);
    const kindSeconds = DURATION_SECONDS / FAULT_KINDS.length;
    const faulted = summarize(
      await runPhase("With faults", gateway, queries, names, DURATION_SECONDS, faultCycle(setBehaviour, kindSeconds, "faults")),
      deadlineMs,
    );
    await setBehaviour(NO_FAULTS);

    const recovery = await Promise.all(queries.map((query) => send(gateway, query, (values) => values[1])));
    destination.flushSync();
    const beforeEviction = await measureMemory();
    gateway.cache.evictAll();
    const end = await measureMemory();

    const phases = [normal, faulted];
    const targets = {
      "no 5xx response": phases.every((phase) => phase.serverErrors === 0),
      "no failed connection": phases.every((phase) => phase.failedConnections === 0),
      "no unhandled rejection": unhandledRejections === 0,
      "p99 within the request deadline in each phase": phases.every((phase) => phase.p99Ms <= deadlineMs),
      "every query served after the faults end": recovery.every((response) => response.status === 200 && response.codes.length === 0),
      "heap at the end within 10% of the start": end.heapMb <= start.heapMb * 1.1,
    };

    const lines = [
      `Command: npm run load -- --duration ${DURATION_SECONDS} --clients ${CLIENTS} (local SageMaker latency ${LATENCY_MS} ms, ${FLEET_SIZE} jobs)`,
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}`,
      `Gateway: request deadline ${deadlineMs} ms, SageMaker request timeout ${config.sagemaker.requestTimeoutMs} ms, ${config.sagemaker.maxAttempts} attempts`,
      `Fault phase: ${FAULT_KINDS.map((fault) => fault.kind).join("; ")}, ${kindSeconds.toFixed(0)} s each`,
      "",
      ...normal.lines,
      ...faulted.lines,
      "### Memory and logs",
      "",
      `- start (after a ${WARM_UP_SECONDS} s warm-up with every fault kind, after GC): RSS ${start.rssMb.toFixed(1)} MB, heap ${start.heapMb.toFixed(1)} MB`,
      `- end, cache still filled (after GC): RSS ${beforeEviction.rssMb.toFixed(1)} MB, heap ${beforeEviction.heapMb.toFixed(1)} MB`,
      `- end, cache emptied (after GC): RSS ${end.rssMb.toFixed(1)} MB, heap ${end.heapMb.toFixed(1)} MB (${(((end.heapMb - start.heapMb) / start.heapMb) * 100).toFixed(1)}% from the start)`,
      `- log lines by event: ${logCounts(logFile)}`,
      "",
      "### Targets",
      "",
      ...Object.entries(targets).map(([target, met]) => `- ${target}: ${met ? "met" : "MISSED"}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    process.exitCode = Object.values(targets).every(Boolean) ? 0 : 1;
  } finally {
    await gateway.close();
    await sagemaker.stop();
    rmSync(logDir, { recursive: true, force: true });
  }
}

/** Names of the fleet's jobs, read through the gateway. */
async function jobNames(gateway: RunningGateway): Promise<string[]> {
  const response = await fetch(gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ trainingJobs(first: 100) { edges { node { trainingJobName } } } }" }),
  });
  const body = (await response.json()) as { data: { trainingJobs: { edges: Array<{ node: { trainingJobName: string } }> } } };
  return body.data.trainingJobs.edges.map((edge) => edge.node.trainingJobName);
}

// The memory figures need a forced garbage collection: without --expose-gc
// (as `tsx bench/load.ts` starts), the script runs itself again with it.
if (typeof globalThis.gc === "function") {
  main().catch((error: unknown) => {
    process.stderr.write(`Load run failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
} else {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  child.once("exit", (code) => process.exit(code ?? 1));
}
