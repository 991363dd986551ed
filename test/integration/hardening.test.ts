import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";

import { startHarness, type Harness } from "../support/gateway-harness.js";

/**
 * Requests that break a limit or arrive malformed are rejected with a coded
 * error before any SageMaker call. The limits are lowered so that each can
 * be reached with real fields of the schema.
 */
let harness: Harness;

const LIMITS = {
  MAX_QUERY_DEPTH: "5",
  MAX_QUERY_ALIASES: "4",
  MAX_ROOT_FIELDS: "3",
  MAX_QUERY_TOKENS: "500",
  MAX_QUERY_COST: "60",
  MAX_BODY_BYTES: "8192",
};

beforeAll(async () => {
  harness = await startHarness({ env: LIMITS });
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.resetCalls();
});

type ErrorBody = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** Posts a raw body and returns the HTTP status and the parsed JSON body. */
async function post(body: string, headers: Record<string, string> = { "content-type": "application/json" }) {
  const response = await fetch(harness.gateway.graphqlUrl, { method: "POST", headers, body });
  return { status: response.status, contentType: response.headers.get("content-type"), body: (await response.json()) as ErrorBody };
}

function postQuery(query: string, variables?: Record<string, unknown>, operationName?: string) {
  return post(JSON.stringify({ query, variables, operationName }));
}

function firstError(body: ErrorBody) {
  const error = body.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(body)}`);
  return error;
}

function sageMakerCalls(): number {
  return Object.values(harness.calls()).reduce((sum, count) => sum + count, 0);
}

describe("query limits", () => {
  test("depth above the limit", async () => {
    const { status, body } = await postQuery("{ trainingJobs { edges { node { resourceConfig { instanceGroups { instanceType } } } } } }");

    const error = firstError(body);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", actual: 6, maximum: 5 });
    expect(error.message).toContain("nests fields 6 levels deep, above the maximum of 5");
    expect(sageMakerCalls()).toBe(0);
  });

  test("aliases above the limit", async () => {
    const { status, body } = await postQuery('{ trainingJob(name: "a") { a: trainingJobName b: roleArn c: trainingJobArn d: creationTime e: trainingJobStatus } }');

    expect(status).toBe(400);
    expect(firstError(body).extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases", actual: 5, maximum: 4 });
    expect(sageMakerCalls()).toBe(0);
  });

  test("root fields above the limit", async () => {
    const { body } = await postQuery('{ trainingJob(name: "a") { roleArn } trainingJobs { edges { cursor } } searchTrainingJobs { edges { cursor } } __typename }');

    expect(firstError(body).extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "rootFields", actual: 4, maximum: 3 });
    expect(sageMakerCalls()).toBe(0);
  });

  test("tokens above the limit", async () => {
    const fields = Array.from({ length: 600 }, () => "roleArn").join(" ");

    const { status, body } = await postQuery(`{ trainingJob(name: "a") { ${fields} } }`);

    const error = firstError(body);
    expect(status).toBe(400);
    expect(error.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    // graphql-js 16 words it "Document contains more that 500 tokens".
    expect(error.message).toContain("500 tokens. Parsing aborted.");
    expect(sageMakerCalls()).toBe(0);
  });

  test("cost above the budget", async () => {
    const { status, body } = await postQuery("{ trainingJobs(first: 100) { edges { node { billableTokenCount } } } }");

    const error = firstError(body);
    expect(status).toBe(400);
    // 1 ListTrainingJobs + 1 Search + 100 DescribeTrainingJob.
    expect(error.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "cost", actual: 102, maximum: 60 });
    expect(error.message).toContain("estimated 102 SageMaker calls (trainingJobs: 102), above the budget of 60");
    expect(error.message).toContain("fewer jobs per page (first)");
    expect(sageMakerCalls()).toBe(0);
  });

  test("cost counts page sizes from variables", async () => {
    const query = "query Page($first: Int!) { trainingJobs(first: $first) { edges { node { billableTokenCount } } } }";

    const { body } = await postQuery(query, { first: 80 });

    expect(firstError(body).extensions).toMatchObject({ limit: "cost", actual: 82 });
  });

  test("cost within the budget runs", async () => {
    const { status, body } = await postQuery("{ trainingJobs(first: 5) { edges { node { trainingJobName billableTokenCount } } } }");

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(harness.calls().DescribeTrainingJob).toBe(5);
  });

  test("body above the size limit", async () => {
    const { status, body } = await postQuery(`{ __typename }${" ".repeat(9000)}`);

    const error = firstError(body);
    expect(status).toBe(413);
    expect(error.extensions?.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The request body of 90\d\d bytes exceeds the limit of 8192 bytes/);
  });

  test("huge variables", async () => {
    const { status, body } = await postQuery("query($name: String!) { trainingJob(name: $name) { roleArn } }", { name: "x".repeat(20_000) });

    expect(status).toBe(413);
    expect(firstError(body).extensions?.code).toBe("BAD_REQUEST");
    expect(sageMakerCalls()).toBe(0);
  });

  test("a long name within the body limit", async () => {
    const { body } = await postQuery("query($name: String!) { trainingJob(name: $name) { roleArn } }", { name: "x".repeat(5_000) });

    const error = firstError(body);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message.length).toBeLessThan(600);
    expect(sageMakerCalls()).toBe(0);
  });
});

describe("malformed requests", () => {
  test("batched operations are rejected", async () => {
    const { status, body } = await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));

    const error = firstError(body);
    expect(status).toBe(400);
    expect(error.extensions?.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Operation batching disabled.");
  });

  test("invalid JSON", async () => {
    const { status, body, contentType } = await post('{"query": "{ __typename }"');

    const error = firstError(body);
    expect(status).toBe(400);
    expect(contentType).toContain("application/json");
    expect(error.extensions?.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The request body is not valid JSON \(.+\); send a JSON object with a "query" string\.$/);
  });

  test("a JSON number body", async () => {
    const { status, body } = await post("42");

    expect(status).toBe(400);
    expect(firstError(body).extensions?.code).toBe("BAD_REQUEST");
  });

  test("an empty JSON object", async () => {
    const { status, body } = await post("{}");

    expect(status).toBe(400);
    expect(firstError(body).message).toBe("POST body missing, invalid Content-Type, or JSON object has no keys.");
  });

  test("a query that is not a string", async () => {
    const { status, body } = await post(JSON.stringify({ query: { kind: "Document" } }));

    expect(status).toBe(400);
    expect(firstError(body).extensions?.code).toBe("BAD_REQUEST");
  });

  test("variables sent as a string", async () => {
    const { status, body } = await post(JSON.stringify({ query: "{ __typename }", variables: "{}" }));

    expect(status).toBe(400);
    expect(firstError(body).message).toContain("`variables` in a POST body should be provided as an object");
  });

  test.each([
    ["text/plain", 'content-type "text/plain"'],
    ["application/x-www-form-urlencoded", 'content-type "application/x-www-form-urlencoded"'],
    ["application/graphql", 'content-type "application/graphql"'],
    ["multipart/form-data; boundary=x", 'content-type "multipart/form-data; boundary=x"'],
  ])("content type %s is unsupported", async (contentType, shown) => {
    const { status, body } = await post('{"query":"{ __typename }"}', { "content-type": contentType });

    const error = firstError(body);
    expect(status).toBe(415);
    expect(error.extensions?.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(`POST /graphql received ${shown}; send the body as JSON with "content-type: application/json".`);
  });

  test("a missing content type is unsupported", async () => {
    const response = await fetch(harness.gateway.graphqlUrl, { method: "POST", body: new Uint8Array(Buffer.from('{"query":"{ __typename }"}')) });
    const body = (await response.json()) as ErrorBody;

    expect(response.status).toBe(415);
    expect(firstError(body).message).toContain("received no content-type");
  });

  test("an unsupported charset", async () => {
    const { status, body } = await post('{"query":"{ __typename }"}', { "content-type": "application/json; charset=latin-7" });

    expect(status).toBe(415);
    expect(firstError(body).extensions?.code).toBe("BAD_REQUEST");
  });

  test("GET without a preflight header is blocked", async () => {
    const response = await fetch(`${harness.gateway.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`);
    const body = (await response.json()) as ErrorBody;

    expect(response.status).toBe(400);
    expect(firstError(body).extensions?.code).toBe("BAD_REQUEST");
    expect(firstError(body).message).toContain("Cross-Site Request Forgery");
  });

  test("GET with a preflight header runs", async () => {
    const response = await fetch(`${harness.gateway.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("operations and arguments", () => {
  test("unknown operation name", async () => {
    const { status, body } = await postQuery("query Known { __typename }", undefined, "Unknown");

    const error = firstError(body);
    expect(status).toBe(400);
    expect(error.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(error.message).toBe('Unknown operation named "Unknown".');
  });

  test("several operations without a name", async () => {
    const { body } = await postQuery("query A { __typename } query B { __typename }");

    expect(firstError(body).extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });

  test("syntax error", async () => {
    const { status, body } = await postQuery("{ trainingJob(name: ) }");

    expect(status).toBe(400);
    expect(firstError(body).extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  test("unknown field", async () => {
    const { body } = await postQuery("{ trainingJobz }");

    const error = firstError(body);
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toContain('Cannot query field "trainingJobz" on type "Query".');
  });

  test.each(["not-a-cursor", "eyJ2IjoxfQ.forged", "a.b.c"])("invalid cursor %j", async (after) => {
    const { body } = await postQuery("query($after: String) { trainingJobs(first: 2, after: $after) { edges { cursor } } }", { after });

    const error = firstError(body);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("Invalid cursor");
    expect(sageMakerCalls()).toBe(0);
  });

  test("an empty cursor starts at the beginning", async () => {
    const { body } = await postQuery("query($after: String) { trainingJobs(first: 2, after: $after) { edges { cursor } } }", { after: "" });

    expect(body.errors).toBeUndefined();
  });

  test.each([0, 101, -5])("first=%i is out of range", async (first) => {
    const { body } = await postQuery("query($first: Int!) { trainingJobs(first: $first) { edges { cursor } } }", { first });

    const error = firstError(body);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe(`Invalid "first": ${first}; it must be an integer from 1 to 100.`);
    expect(sageMakerCalls()).toBe(0);
  });

  test("first beyond 32 bits in variables", async () => {
    const { status, body } = await postQuery("query($first: Int!) { trainingJobs(first: $first) { edges { cursor } } }", { first: 2 ** 32 });

    const error = firstError(body);
    expect(status).toBe(400);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("Int cannot represent non 32-bit signed integer value: 4294967296");
  });

  test("first beyond 32 bits in the query", async () => {
    const { body } = await postQuery("{ trainingJobs(first: 4294967296) { edges { cursor } } }");

    expect(firstError(body).extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("unicode and control characters", () => {
  test.each(["job\u0000name", "job\nname", "job\u202ename", "名前", "job-😀", "ｊｏｂ"])("job name %j is rejected", async (name) => {
    const { body } = await postQuery("query($name: String!) { trainingJob(name: $name) { roleArn } }", { name });

    const error = firstError(body);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain(JSON.stringify(name));
    expect(sageMakerCalls()).toBe(0);
  });

  test.each(["job\u0000", "é", "a b", "\u0007"])("nameContains %j is rejected", async (nameContains) => {
    const { body } = await postQuery("query($filter: TrainingJobFilter) { trainingJobs(filter: $filter) { edges { cursor } } }", {
      filter: { nameContains },
    });

    expect(firstError(body).extensions?.code).toBe("BAD_USER_INPUT");
    expect(sageMakerCalls()).toBe(0);
  });

  test("a unicode tag value searches", async () => {
    const { status, body } = await postQuery(
      "query($where: TrainingJobSearchExpression) { searchTrainingJobs(first: 5, where: $where) { edges { node { trainingJobName } } } }",
      { where: { tag: [{ key: "équipe", value: "données-😀" }] } },
    );

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ searchTrainingJobs: { edges: [] } });
  });

  test("a control character in a tag value", async () => {
    const { status, body } = await postQuery(
      "query($where: TrainingJobSearchExpression) { searchTrainingJobs(first: 5, where: $where) { edges { node { trainingJobName } } } }",
      { where: { tag: [{ key: "team", value: "a\u0000b" }] } },
    );

    expect(status).toBe(200);
    expect(body).toEqual({ data: { searchTrainingJobs: { edges: [] } } });
  });
});
