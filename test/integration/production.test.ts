import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { readConfig } from "../../src/config/config.js";
import { startLocalSageMaker, type LocalSageMaker } from "../../src/local-sagemaker/index.js";
import { TrainingJobGateway } from "../../src/sagemaker/training-job-gateway.js";
import { startGateway, type GatewayOptions, type RunningGateway } from "../../src/server/gateway.js";

type LogLine = Record<string, unknown> & { event?: string; msg?: string; level?: number };

type Running = { gateway: RunningGateway; sagemaker: LocalSageMaker; logs: LogLine[]; close(): Promise<void> };

/** Starts a local SageMaker and a gateway over it with `env`, keeping every log line the gateway writes. */
async function startWithLogs(env: Record<string, string>, options: GatewayOptions = {}): Promise<Running> {
  const sagemaker = await startLocalSageMaker({ fleetSize: 60, seed: 3, progressionIntervalMs: 0 });
  const logs: LogLine[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => logs.push(JSON.parse(line) as LogLine) });
  const config = readConfig({
    AWS_ENDPOINT_URL_SAGEMAKER: sagemaker.url,
    AWS_REGION: "us-east-1",
    HOST: "127.0.0.1",
    PORT: "0",
    SAGEMAKER_MAX_ATTEMPTS: "1",
    ...env,
  });
  const gateway = await startGateway(config, { ...options, logger });
  return {
    gateway,
    sagemaker,
    logs,
    close: async () => {
      await gateway.close();
      await sagemaker.close();
    },
  };
}

type Body = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
};

async function postQuery(running: Running, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(running.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Body };
}

/** A job name whose lookup fails inside the gateway with a plain Error, as a bug would. */
const BROKEN_JOB = "job-that-breaks-the-gateway";
const INTERNAL_DETAIL = "Cannot read properties of undefined (reading 'TrainingJobArn') in /srv/gateway/src/secret-module.ts";

/** The gateway's own facade with one defect, to reach the path of an error that has no code. */
class DefectiveTrainingJobs extends TrainingJobGateway {
  override async getJob(...args: Parameters<TrainingJobGateway["getJob"]>) {
    if (args[0] === BROKEN_JOB) throw new TypeError(INTERNAL_DETAIL);
    return super.getJob(...args);
  }
}

describe("NODE_ENV=production", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({ NODE_ENV: "production" }, { trainingJobsFactory: (access, scope) => new DefectiveTrainingJobs(access, scope) });
  });

  afterAll(async () => {
    await running?.close();
  });

  test("an internal error is masked", async () => {
    const { body, headers } = await postQuery(running, `{ trainingJob(name: "${BROKEN_JOB}") { roleArn } }`);

    expect(body.errors).toEqual([
      {
        message: "Internal server error",
        locations: [{ line: 1, column: 3 }],
        path: ["trainingJob"],
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: headers.get("x-request-id") },
      },
    ]);
  });

  test("the masked error is logged with its detail", async () => {
    const { headers } = await postQuery(running, `{ trainingJob(name: "${BROKEN_JOB}") { roleArn } }`);

    const line = running.logs.find((entry) => entry.event === "internal_error" && entry.requestId === headers.get("x-request-id"));
    expect(line?.msg).toBe(`Internal error while serving the request: ${INTERNAL_DETAIL}`);
    expect(JSON.stringify(line?.err)).toContain("secret-module.ts");
  });

  test("coded errors stay readable", async () => {
    const { body } = await postQuery(running, '{ trainingJob(name: "bad_name") { roleArn } }');

    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toContain('"bad_name"');
  });

  test("a mutation's NOT_FOUND stays readable", async () => {
    const { body } = await postQuery(running, 'mutation { stopTrainingJob(name: "no-such-job-anywhere") { trainingJobName } }');

    expect(body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(body.errors?.[0].message).toContain("no-such-job-anywhere");
  });

  test("introspection is off", async () => {
    const { body } = await postQuery(running, "{ __schema { queryType { name } } }");

    expect(body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0].message).toContain("INTROSPECTION=true");
  });

  test("field suggestions are hidden", async () => {
    const { body } = await postQuery(running, "{ trainingJobz }");

    expect(body.errors?.[0].message).toBe('Cannot query field "trainingJobz" on type "Query".');
  });

  test("no response leaks a stack trace or an internal message", async () => {
    const probes = [
      () => postQuery(running, `{ trainingJob(name: "${BROKEN_JOB}") { roleArn } }`),
      () => postQuery(running, "{ trainingJob(name: ) }"),
      () => postQuery(running, "{ nope }"),
      () => postQuery(running, "query($n: Int!) { trainingJobs(first: $n) { edges { cursor } } }", { n: "x" }),
      async () => {
        const response = await fetch(running.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" });
        return { text: await response.text() };
      },
      async () => {
        const response = await fetch(running.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
        return { text: await response.text() };
      },
    ];

    for (const probe of probes) {
      const { text } = await probe();
      expect(text).not.toContain("stacktrace");
      expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
      expect(text).not.toContain("secret-module");
      expect(text).not.toContain("node_modules");
    }
  });

  test("the production landing page is served", async () => {
    const response = await fetch(running.gateway.graphqlUrl, { headers: { accept: "text/html" } });

    const html = await response.text();
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(html).toContain("static/js/main.js");
    expect(html).not.toContain("embeddable-sandbox.umd");
  });

  test("no origin is allowed by default", async () => {
    const response = await fetch(running.gateway.graphqlUrl, {
      method: "OPTIONS",
      headers: { origin: "https://studio.apollographql.com", "access-control-request-method": "POST" },
    });

    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("development defaults", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({}, { trainingJobsFactory: (access, scope) => new DefectiveTrainingJobs(access, scope) });
  });

  afterAll(async () => {
    await running?.close();
  });

  test("an internal error keeps its message", async () => {
    const { body } = await postQuery(running, `{ trainingJob(name: "${BROKEN_JOB}") { roleArn } }`);

    expect(body.errors?.[0].message).toBe(INTERNAL_DETAIL);
    expect(body.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });

  test("introspection is on", async () => {
    const { body } = await postQuery(running, "{ __schema { queryType { name } } }");

    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  test("Apollo Sandbox is the landing page", async () => {
    const response = await fetch(running.gateway.graphqlUrl, { headers: { accept: "text/html" } });

    expect(await response.text()).toContain("embeddable-sandbox.umd");
  });

  test("any origin is allowed", async () => {
    const response = await fetch(running.gateway.graphqlUrl, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:3000", "access-control-request-method": "POST" },
    });

    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("configured settings", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({
      NODE_ENV: "production",
      CORS_ORIGINS: "https://studio.apollographql.com",
      INTROSPECTION: "true",
      LANDING_PAGE: "off",
    });
  });

  afterAll(async () => {
    await running?.close();
  });

  test("a listed origin is allowed", async () => {
    const response = await fetch(running.gateway.graphqlUrl, {
      method: "OPTIONS",
      headers: { origin: "https://studio.apollographql.com", "access-control-request-method": "POST" },
    });

    expect(response.headers.get("access-control-allow-origin")).toBe("https://studio.apollographql.com");
  });

  test("an unlisted origin is not", async () => {
    const response = await fetch(running.gateway.graphqlUrl, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
    });

    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("introspection can be turned on", async () => {
    const { body } = await postQuery(running, "{ __schema { queryType { name } } }");

    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  test("the landing page can be turned off", async () => {
    const response = await fetch(running.gateway.graphqlUrl, { headers: { accept: "text/html" } });

    expect(response.headers.get("content-type")).not.toContain("text/html");
  });
});

describe("health and readiness", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({ READINESS_WINDOW_MS: "60000" });
  });

  afterAll(async () => {
    await running?.close();
  });

  async function get(path: string) {
    const response = await fetch(`${running.gateway.url}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  test("healthz answers while SageMaker fails", async () => {
    running.sagemaker.setBehaviour({ faults: { "*": { errorRate: 1 } } });
    try {
      expect(await get("/healthz")).toEqual({ status: 200, body: { status: "ok" } });
    } finally {
      running.sagemaker.setBehaviour({ faults: {} });
    }
  });

  test("readyz fails while the probe fails", async () => {
    running.sagemaker.setBehaviour({ faults: { ListTrainingJobs: { errorRate: 1, errorType: "ServiceUnavailable" } } });
    try {
      expect(await get("/readyz")).toEqual({ status: 503, body: { status: "not_ready", ready: false, reason: "probe_failed", code: "UPSTREAM_UNAVAILABLE" } });
    } finally {
      running.sagemaker.setBehaviour({ faults: {} });
    }
  });

  test("readyz passes once the probe succeeds", async () => {
    const { status, body } = await get("/readyz");

    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ready", basis: "probe" });
  });

  test("a recent call makes a probe unnecessary", async () => {
    running.sagemaker.resetStats();

    const { body } = await get("/readyz");

    expect(body).toMatchObject({ status: "ready", basis: "recent_call" });
    expect(running.sagemaker.stats().ListTrainingJobs).toBe(0);
  });
});

describe("metrics", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({ MAX_QUERY_DEPTH: "4" });
  });

  afterAll(async () => {
    await running?.close();
  });

  async function metricsText(): Promise<{ contentType: string | null; text: string }> {
    const response = await fetch(`${running.gateway.url}/metrics`);
    return { contentType: response.headers.get("content-type"), text: await response.text() };
  }

  test("requests, upstream calls and rejections are counted", async () => {
    await postQuery(running, "query Jobs { trainingJobs(first: 2) { edges { node { trainingJobName roleArn } } } }");
    await postQuery(running, "query Jobs { trainingJobs(first: 2) { edges { node { trainingJobName roleArn } } } }");
    await postQuery(running, "query Deep { trainingJobs { edges { node { resourceConfig { instanceType } } } } }");

    const { contentType, text } = await metricsText();

    expect(contentType).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(text).toContain('gateway_graphql_requests_total{operation="Jobs",outcome="ok"} 2\n');
    expect(text).toContain('gateway_graphql_requests_total{operation="none",outcome="rejected"} 1\n');
    expect(text).toContain('gateway_rejected_requests_total{reason="max_depth"} 1\n');
    expect(text).toContain('gateway_graphql_request_duration_seconds_count{operation="Jobs"} 2\n');
    expect(text).toMatch(/gateway_upstream_calls_total\{operation="ListTrainingJobs",outcome="success"\} [1-9]/);
    expect(text).toMatch(/gateway_cache_hits_total [0-9]/);
    expect(text).toContain("# TYPE gateway_graphql_request_duration_seconds histogram");
  });

  test("throttled calls are counted", async () => {
    running.sagemaker.setBehaviour({ faults: { DescribeTrainingJob: { errorRate: 1, errorType: "ThrottlingException" } } });
    try {
      await postQuery(running, "{ trainingJobs(first: 2) { edges { node { billableTokenCount } } } }");
    } finally {
      running.sagemaker.setBehaviour({ faults: {} });
    }

    const { text } = await metricsText();

    expect(text).toContain('gateway_upstream_throttled_calls_total{operation="DescribeTrainingJob"} 2\n');
  });

  test("HTTP-level rejections are counted", async () => {
    await fetch(running.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" });

    const { text } = await metricsText();

    expect(text).toContain('gateway_rejected_requests_total{reason="invalid_json"} 1\n');
  });
});

describe("request logs", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({});
  });

  afterAll(async () => {
    await running?.close();
  });

  test("one line per request", async () => {
    const { headers } = await postQuery(running, "query Named($first: Int) { trainingJobs(first: $first) { edges { cursor } } }", { first: 3 });
    const requestId = headers.get("x-request-id");

    const lines = running.logs.filter((entry) => entry.event === "graphql_request" && entry.requestId === requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      operationName: "Named",
      operationType: "query",
      outcome: "ok",
      httpStatus: 200,
      upstreamCalls: { ListTrainingJobs: 1 },
      upstreamCallCount: 1,
      estimatedCost: 1,
      variables: { count: 1, listed: [{ name: "first", bytes: 1 }] },
    });
    expect(lines[0].durationMs).toEqual(expect.any(Number));
  });

  test("a client request id is kept", async () => {
    const { headers } = await postQuery(running, "{ __typename }", undefined, { "x-request-id": "client-chosen-id.1" });

    expect(headers.get("x-request-id")).toBe("client-chosen-id.1");
    expect(running.logs.some((entry) => entry.event === "graphql_request" && entry.requestId === "client-chosen-id.1")).toBe(true);
  });

  test("an unsafe client request id is replaced", async () => {
    const { headers } = await postQuery(running, "{ __typename }", undefined, { "x-request-id": "id with spaces" });

    expect(headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("errors are logged with their codes", async () => {
    const { headers } = await postQuery(running, '{ trainingJob(name: "bad_name") { roleArn } }');

    const line = running.logs.find((entry) => entry.event === "graphql_request" && entry.requestId === headers.get("x-request-id"));
    expect(line).toMatchObject({ outcome: "error", errorCodes: ["BAD_USER_INPUT"] });
  });

  test("credentials and variable values never appear", async () => {
    const secretValue = "variable-value-that-must-not-be-logged";

    await postQuery(running, "query($name: String!) { trainingJob(name: $name) { roleArn } }", { name: secretValue });
    await postQuery(running, "{ __typename }", undefined, { authorization: "Bearer token-that-must-not-be-logged" });
    await postQuery(running, "{ __typename }", undefined, { "x-api-key": "api-key-that-must-not-be-logged" });

    const text = JSON.stringify(running.logs);
    expect(text).not.toContain("must-not-be-logged");
    expect(text).toContain(`"name":"name","bytes":${secretValue.length + 2}`);
  });
});

describe("upstream failure logs", () => {
  let running: Running;

  beforeAll(async () => {
    running = await startWithLogs({ CACHE_MAX_ENTRIES: "0" });
  });

  afterAll(async () => {
    await running?.close();
  });

  function failureLines(requestId: string | null, operation: string): LogLine[] {
    return running.logs.filter((entry) => entry.event === "sagemaker_call" && entry.requestId === requestId && entry.operation === operation && entry.outcome !== "success");
  }

  test("a failing operation is logged once per request", async () => {
    running.sagemaker.setBehaviour({ faults: { DescribeTrainingJob: { errorRate: 1, errorType: "InternalFailure" } } });
    let first;
    let second;
    try {
      first = await postQuery(running, "{ trainingJobs(first: 4) { edges { node { billableTokenCount } } } }");
      second = await postQuery(running, "{ trainingJobs(first: 4) { edges { node { billableTokenCount } } } }");
    } finally {
      running.sagemaker.setBehaviour({ faults: {} });
    }

    const lines = failureLines(first.headers.get("x-request-id"), "DescribeTrainingJob");
    expect(first.body.errors).toHaveLength(4);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", attempts: 1, errorName: "InternalFailure", suppressed: 0 });
    expect(lines[0].upstreamRequestId).toEqual(expect.any(String));
    // The same failure within 10 s of the last line is held back.
    expect(failureLines(second.headers.get("x-request-id"), "DescribeTrainingJob")).toHaveLength(0);
  });

  test("another error code is logged on its own", async () => {
    running.sagemaker.setBehaviour({ faults: { DescribeTrainingJob: { errorRate: 1, errorType: "ThrottlingException" } } });
    let result;
    try {
      result = await postQuery(running, "{ trainingJobs(first: 2) { edges { node { billableTokenCount } } } }");
    } finally {
      running.sagemaker.setBehaviour({ faults: {} });
    }

    expect(failureLines(result.headers.get("x-request-id"), "DescribeTrainingJob")).toMatchObject([{ code: "UPSTREAM_THROTTLED" }]);
  });
});

describe("graceful shutdown", () => {
  test("a request in flight finishes", async () => {
    const running = await startWithLogs({ SHUTDOWN_GRACE_MS: "5000" });
    running.sagemaker.setBehaviour({ latencyMs: 500 });

    const inFlight = postQuery(running, "{ trainingJobs(first: 2) { edges { cursor } } }");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await running.gateway.close();
    const closedAfterMs = performance.now() - started;
    const { status, body } = await inFlight;
    await running.sagemaker.close();

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(closedAfterMs).toBeLessThan(5_000);
  });

  test("the grace period bounds the wait", async () => {
    const running = await startWithLogs({ SHUTDOWN_GRACE_MS: "300", REQUEST_DEADLINE_MS: "20000", SAGEMAKER_REQUEST_TIMEOUT_MS: "20000" });
    running.sagemaker.setBehaviour({ latencyMs: 10_000 });

    const inFlight = postQuery(running, "{ trainingJobs(first: 2) { edges { cursor } } }").then(
      () => "answered",
      () => "connection closed",
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await running.gateway.close();
    const closedAfterMs = performance.now() - started;
    await running.sagemaker.close();

    expect(closedAfterMs).toBeLessThan(2_000);
    expect(await inFlight).toBe("connection closed");
  });

  test("no new connection is accepted after close", async () => {
    const running = await startWithLogs({});
    const url = running.gateway.graphqlUrl;
    await running.close();

    await expect(fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).rejects.toThrow();
  });
});
