import "reflect-metadata";

import { cpus } from "node:os";
import { pino } from "pino";

import { readConfig } from "../src/config/config.js";
import { startGateway, type RunningGateway } from "../src/server/gateway.js";
import { startLocalSageMakerProcess, type LocalSageMakerProcess } from "./local-sagemaker-process.js";
import { formatCalls, percentile, totalCalls } from "./measurements.js";
import { NaiveTrainingJobs } from "./naive-baseline.js";
import { benchSuite, type BenchQuery, type SuiteInput } from "./suite.js";

/**
 * `npm run bench`: the gateway and a naive baseline against the local
 * SageMaker in its own process, with 40 ms of latency per call and 1,000
 * jobs. Each query runs cold (shared cache emptied before each run) and warm
 * (cache filled by the previous run). The baseline has no cache, so its cold
 * and warm runs are alike.
 */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 40);
const FLEET_SIZE = Number(process.env.BENCH_FLEET_SIZE ?? 1000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 10);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 5);

type Row = {
  query: BenchQuery;
  backend: "gateway" | "baseline";
  state: "cold" | "warm";
  calls: Record<string, number>;
  p50: number;
  p95: number;
  throughput?: number;
};

async function post(gateway: RunningGateway, query: string, variables?: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(`benchmark query failed: ${body.errors[0].message}`);
  return performance.now() - started;
}

/** Sends `concurrency` copies of the query at once and returns each one's latency. */
async function burst(gateway: RunningGateway, query: BenchQuery): Promise<number[]> {
  return Promise.all(Array.from({ length: query.concurrency }, () => post(gateway, query.query, query.variables)));
}

async function measure(
  gateway: RunningGateway,
  sagemaker: LocalSageMakerProcess,
  query: BenchQuery,
  state: "cold" | "warm",
): Promise<{ calls: Record<string, number>; latencies: number[] }> {
  if (state === "warm") await burst(gateway, query);
  const latencies: number[] = [];
  let calls: Record<string, number> = {};

  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    if (state === "cold") gateway.cache.evictAll();
    if (iteration === 0) await sagemaker.resetStats();
    latencies.push(...(await burst(gateway, query)));
    if (iteration === 0) calls = await sagemaker.served();
  }
  return { calls, latencies };
}

/** Requests a second for 50 clients that each send query 8 again as soon as it returns, cache warm. */
async function throughput(gateway: RunningGateway, query: BenchQuery): Promise<number> {
  const deadline = performance.now() + THROUGHPUT_SECONDS * 1000;
  let completed = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      await post(gateway, query.query, query.variables);
      completed += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: query.concurrency }, client));
  return completed / ((performance.now() - started) / 1000);
}

/** Finds the jobs the suite needs, through the gateway, before anything is measured. */
async function suiteInput(gateway: RunningGateway): Promise<SuiteInput> {
  const statuses: Array<{ name: string; status: string }> = [];
  let after: string | null = null;
  do {
    const response = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($after: String) { trainingJobs(first: 100, after: $after) { edges { node { trainingJobName trainingJobStatus } } pageInfo { hasNextPage endCursor } } }`,
        variables: { after },
      }),
    });
    const page = ((await response.json()) as { data: { trainingJobs: { edges: Array<{ node: { trainingJobName: string; trainingJobStatus: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } }).data.trainingJobs;
    statuses.push(...page.edges.map(({ node }) => ({ name: node.trainingJobName, status: node.trainingJobStatus })));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);

  const completed = statuses.filter((job) => job.status === "COMPLETED").map((job) => job.name);
  const running = statuses.find((job) => job.status === "IN_PROGRESS");
  const failedIndexes = statuses.flatMap((job, index) => (job.status === "FAILED" ? [index] : []));
  if (!running || completed.length < 50 || failedIndexes.length < 20) {
    throw new Error("the benchmark fleet needs a running job, 50 completed jobs and 20 failed jobs");
  }
  return {
    completedJob: completed[0],
    runningJob: running.name,
    completedJobs: completed.slice(0, 50),
    // Deciding hasNextPage needs the 21st failure (or the end of the listing).
    failedPages: Math.ceil(((failedIndexes[20] ?? statuses.length - 1) + 1) / 100),
  };
}

async function runBackend(backend: Row["backend"], sagemaker: LocalSageMakerProcess, suite?: SuiteInput): Promise<{ rows: Row[]; input: SuiteInput }> {
  const config = readConfig({
    AWS_ENDPOINT_URL_SAGEMAKER: sagemaker.url,
    AWS_REGION: "us-east-1",
    PORT: "0",
    // A hand-written backend has no concurrency bound of its own; the SDK's
    // socket pool (50) is its limit. The gateway keeps its default.
    ...(backend === "baseline" ? { SAGEMAKER_MAX_CONCURRENT_CALLS: "50" } : {}),
  });
  const gateway = await startGateway(config, {
    logger: pino({ level: "silent" }),
    trainingJobsFactory: backend === "baseline" ? (access, scope) => new NaiveTrainingJobs(access, scope) : undefined,
  });

  try {
    const input = suite ?? (await suiteInput(gateway));
    const rows: Row[] = [];
    for (const query of benchSuite(input)) {
      for (const state of ["cold", "warm"] as const) {
        const { calls, latencies } = await measure(gateway, sagemaker, query, state);
        const row: Row = { query, backend, state, calls, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
        if (query.concurrency > 1 && state === "warm") row.throughput = await throughput(gateway, query);
        rows.push(row);
        process.stderr.write(`${backend} q${query.id} ${state}: ${formatCalls(calls)}; p50 ${row.p50.toFixed(1)} ms\n`);
      }
    }
    return { rows, input };
  } finally {
    await gateway.close();
  }
}

function printReport(rows: Row[]): void {
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}`,
    `Setup: local SageMaker in its own process, ${FLEET_SIZE} jobs, ${LATENCY_MS} ms per call; ${ITERATIONS} runs per query and state`,
    "",
    "| # | query | state | gateway calls | total | minimum | baseline calls | total | p50 gateway | p95 gateway | p50 baseline | p95 baseline | calls ratio | p50 ratio |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];

  for (const gatewayRow of rows.filter((row) => row.backend === "gateway")) {
    const baseline = rows.find((row) => row.backend === "baseline" && row.query.id === gatewayRow.query.id && row.state === gatewayRow.state)!;
    const gatewayTotal = totalCalls(gatewayRow.calls);
    const baselineTotal = totalCalls(baseline.calls);
    lines.push(
      [
        gatewayRow.query.id,
        gatewayRow.query.title,
        gatewayRow.state,
        formatCalls(gatewayRow.calls),
        gatewayTotal,
        gatewayRow.query.minimum.calls,
        formatCalls(baseline.calls),
        baselineTotal,
        `${gatewayRow.p50.toFixed(1)} ms`,
        `${gatewayRow.p95.toFixed(1)} ms`,
        `${baseline.p50.toFixed(1)} ms`,
        `${baseline.p95.toFixed(1)} ms`,
        baselineTotal === 0 ? "n/a" : (gatewayTotal / baselineTotal).toFixed(3),
        (gatewayRow.p50 / baseline.p50).toFixed(3),
      ].join(" | ").replace(/^/, "| ").concat(" |"),
    );
  }

  const throughputRows = rows.filter((row) => row.throughput !== undefined);
  lines.push("", ...throughputRows.map((row) => `Query 8 throughput, ${row.backend}, warm: ${row.throughput!.toFixed(0)} requests/s over ${THROUGHPUT_SECONDS} s`));
  lines.push("", "Minimums:", ...rows.filter((row) => row.backend === "gateway" && row.state === "cold").map((row) => `- ${row.query.id}: ${row.query.minimum.calls} (${row.query.minimum.reason})`));
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<void> {
  const sagemaker = await startLocalSageMakerProcess({
    LOCAL_SAGEMAKER_FLEET_SIZE: String(FLEET_SIZE),
    LOCAL_SAGEMAKER_SEED: "1",
    LOCAL_SAGEMAKER_LATENCY_MS: String(LATENCY_MS),
    LOCAL_SAGEMAKER_PROGRESSION_INTERVAL_MS: "0",
    LOCAL_SAGEMAKER_MIN_ACTIVE_JOBS: "0",
  });

  try {
    const gateway = await runBackend("gateway", sagemaker);
    const baseline = await runBackend("baseline", sagemaker, gateway.input);
    printReport([...gateway.rows, ...baseline.rows]);
  } finally {
    await sagemaker.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
