import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { startHarness, type Harness } from "../support/gateway-harness.js";

const KEYS = {
  viewer: "viewer-key-0123456789abcdef",
  operator: "operator-key-0123456789abcdef",
  admin: "admin-key-0123456789abcdef",
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    env: {
      ANONYMOUS_ROLE: "none",
      API_KEYS: `dash:viewer:${KEYS.viewer},ops:operator:${KEYS.operator},root:admin:${KEYS.admin}`,
    },
  });
});

afterAll(async () => {
  await harness?.close();
});

/** Finds a fleet job in the given status whose environment keys pass `environment`, in the local SageMaker's own data. */
function fleetJob(status: string, environment: (keys: string[]) => boolean = () => true): string {
  const name = harness.sagemaker.jobNames().find((candidate) => {
    const job = harness.sagemaker.getJob(candidate)!.job;
    return job.TrainingJobStatus === status && environment(Object.keys((job.Environment as Record<string, string> | undefined) ?? {}));
  });
  if (!name) throw new Error(`the fleet has no ${status} job with the requested environment`);
  return name;
}

type ResponseBody = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function post(body: object, headers: Record<string, string>): Promise<{ status: number; body: ResponseBody }> {
  const response = await fetch(harness.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ResponseBody };
}

const JOB_QUERY = "query Job($name: String!) { trainingJob(name: $name) { trainingJobName } }";

describe("API keys", () => {
  test("valid key reads a job", async () => {
    const name = fleetJob("Completed");

    const response = await harness.query(JOB_QUERY, { name }, { "x-api-key": KEYS.viewer });

    expect(response.data).toEqual({ trainingJob: { trainingJobName: name } });
  });

  test("invalid key is 401 UNAUTHENTICATED", async () => {
    const response = await post({ query: JOB_QUERY, variables: { name: fleetJob("Completed") } }, { "x-api-key": "not-a-configured-key-000" });

    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.body.errors?.[0]?.message).toBe("Authentication failed: the API key is not valid.");
  });

  test("missing credentials are 401 UNAUTHENTICATED", async () => {
    const response = await post({ query: JOB_QUERY, variables: { name: fleetJob("Completed") } }, {});

    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("rejected request calls no SageMaker operation", async () => {
    harness.resetCalls();

    await post({ query: JOB_QUERY, variables: { name: fleetJob("Completed") } }, { "x-api-key": "not-a-configured-key-000" });

    expect(harness.calls()).toEqual({});
  });
});

type Operation = { name: string; document: string; variables: (job: string) => Record<string, unknown> };

const OPERATIONS: Operation[] = [
  { name: "stopTrainingJob", document: "mutation Stop($name: String!) { stopTrainingJob(name: $name) { trainingJobStatus } }", variables: (job) => ({ name: job }) },
  {
    name: "addTrainingJobTags",
    document: "mutation Tag($name: String!, $tags: [TagInput!]!) { addTrainingJobTags(name: $name, tags: $tags) { trainingJobName } }",
    variables: (job) => ({ name: job, tags: [{ key: "reviewed-by", value: "auth-test" }] }),
  },
  {
    name: "removeTrainingJobTags",
    document: "mutation Untag($name: String!, $keys: [String!]!) { removeTrainingJobTags(name: $name, keys: $keys) { trainingJobName } }",
    variables: (job) => ({ name: job, keys: ["reviewed-by"] }),
  },
];

describe("roles per operation", () => {
  test.each(OPERATIONS.map((operation) => [operation.name, operation] as const))("viewer cannot run %s", async (_name, operation) => {
    const job = fleetJob("Completed");

    const response = await harness.query(operation.document, operation.variables(job), { "x-api-key": KEYS.viewer });

    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe("FORBIDDEN");
    expect(error?.extensions?.requiredRole).toBe("operator");
    expect(error?.message).toBe(`Mutation.${operation.name} requires the "operator" role; the caller "dash" has "viewer".`);
  });

  test("viewer's denied mutation calls no SageMaker operation", async () => {
    harness.resetCalls();

    await harness.query(OPERATIONS[0].document, { name: fleetJob("InProgress") }, { "x-api-key": KEYS.viewer });

    expect(harness.calls()).toEqual({});
  });

  test.each(["operator", "admin"] as const)("%s can tag and untag", async (role) => {
    const job = fleetJob("Completed");

    for (const operation of OPERATIONS.slice(1)) {
      const response = await harness.query(operation.document, operation.variables(job), { "x-api-key": KEYS[role] });
      expect(response.errors, operation.name).toBeUndefined();
    }
  });

  test.each(["operator", "admin"] as const)("%s may stop a job", async (role) => {
    const response = await harness.query(OPERATIONS[0].document, { name: fleetJob("Completed") }, { "x-api-key": KEYS[role] });

    // A completed job cannot be stopped; the error shows the role check passed.
    expect(response.errors?.[0]?.extensions?.code).toBe("JOB_NOT_RUNNING");
  });

  test.each(["viewer", "operator", "admin"] as const)("%s can read", async (role) => {
    const response = await harness.query(JOB_QUERY, { name: fleetJob("Failed") }, { "x-api-key": KEYS[role] });

    expect(response.errors).toBeUndefined();
  });
});

const ENVIRONMENT_QUERY = "query Env($name: String!) { trainingJob(name: $name) { environment { key value redacted } hyperParameters { key redacted } } }";

describe("secret-looking values", () => {
  const hasSecret = (keys: string[]) => keys.includes("WANDB_API_KEY") || keys.includes("HF_TOKEN") || keys.includes("DATABASE_PASSWORD");

  test("viewer gets them redacted", async () => {
    const name = fleetJob("Completed", hasSecret);
    const stored = harness.sagemaker.getJob(name)!.job.Environment as Record<string, string>;

    const response = await harness.query(ENVIRONMENT_QUERY, { name }, { "x-api-key": KEYS.viewer });

    const environment = (response.data as { trainingJob: { environment: Array<{ key: string; value: string | null; redacted: boolean }> } }).trainingJob.environment;
    for (const entry of environment) {
      // TOKENIZERS_PARALLELISM contains TOKEN but not as a word, so it stays visible.
      const secret = ["WANDB_API_KEY", "HF_TOKEN", "DATABASE_PASSWORD"].includes(entry.key);
      expect(entry, entry.key).toEqual(secret ? { key: entry.key, value: null, redacted: true } : { key: entry.key, value: stored[entry.key], redacted: false });
    }
  });

  test("admin sees them", async () => {
    const name = fleetJob("Completed", hasSecret);
    const stored = harness.sagemaker.getJob(name)!.job.Environment as Record<string, string>;

    const response = await harness.query(ENVIRONMENT_QUERY, { name }, { "x-api-key": KEYS.admin });

    const environment = (response.data as { trainingJob: { environment: Array<{ key: string; value: string | null; redacted: boolean }> } }).trainingJob.environment;
    expect(environment).toEqual(Object.keys(stored).sort().map((key) => ({ key, value: stored[key], redacted: false })));
  });

  test("operator gets them redacted", async () => {
    const name = fleetJob("Completed", (keys) => keys.includes("HF_TOKEN"));

    const response = await harness.query(ENVIRONMENT_QUERY, { name }, { "x-api-key": KEYS.operator });

    const environment = (response.data as { trainingJob: { environment: Array<{ key: string; value: string | null }> } }).trainingJob.environment;
    expect(environment.find((entry) => entry.key === "HF_TOKEN")?.value).toBeNull();
  });
});

describe("secret-looking values shown to everyone", () => {
  let open: Harness;

  beforeAll(async () => {
    open = await startHarness({ env: { ANONYMOUS_ROLE: "viewer", SHOW_SECRET_VALUES: "true" } });
  });

  afterAll(async () => {
    await open?.close();
  });

  test("anonymous viewer sees them", async () => {
    const name = open.sagemaker.jobNames().find((candidate) => {
      const environment = open.sagemaker.getJob(candidate)!.job.Environment as Record<string, string> | undefined;
      return environment?.HF_TOKEN !== undefined;
    })!;
    const stored = open.sagemaker.getJob(name)!.job.Environment as Record<string, string>;

    const response = await open.query(ENVIRONMENT_QUERY, { name });

    const environment = (response.data as { trainingJob: { environment: Array<{ key: string; value: string | null }> } }).trainingJob.environment;
    expect(environment.find((entry) => entry.key === "HF_TOKEN")?.value).toBe(stored.HF_TOKEN);
  });
});

describe("search on secret-looking properties", () => {
  const SEARCH = `query($name: String!) {
    searchTrainingJobs(where: { filters: [{ name: $name, operator: EXISTS }] }, first: 1) { edges { node { trainingJobName } } }
  }`;

  test.each(["HyperParameters.wandb_api_key", "HyperParameters.HF_TOKEN"])("viewer cannot filter on %s", async (property) => {
    harness.resetCalls();

    const response = await harness.query(SEARCH, { name: property }, { "x-api-key": KEYS.viewer });

    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.errors?.[0]?.extensions?.requiredRole).toBe("admin");
    expect(response.errors?.[0]?.message).toContain(property);
    expect(harness.calls()).toEqual({});
  });

  test("viewer may filter on ordinary hyperparameters", async () => {
    const response = await harness.query(SEARCH, { name: "HyperParameters.epochs" }, { "x-api-key": KEYS.viewer });

    expect(response.errors).toBeUndefined();
  });

  test("admin may filter on secret-looking properties", async () => {
    const response = await harness.query(SEARCH, { name: "HyperParameters.HF_TOKEN" }, { "x-api-key": KEYS.admin });

    expect(response.errors).toBeUndefined();
  });

  test("viewer cannot sort by a secret-looking property", async () => {
    const response = await harness.query(
      `{ searchTrainingJobs(sortBy: "HyperParameters.db_password", first: 1) { edges { node { trainingJobName } } } }`,
      undefined,
      { "x-api-key": KEYS.viewer },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
