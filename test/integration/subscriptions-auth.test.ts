import { createClient, type Client } from "graphql-ws";
import { SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";

import { startHarness, type Harness } from "../support/gateway-harness.js";

const VIEWER_KEY = "viewer-key-0123456789abcdef";
const SECRET = "a-shared-secret-of-thirty-two-characters!";
const QUERY = "subscription Updates($names: [String!]) { trainingJobUpdated(names: $names) { trainingJobName changes } }";

let harness: Harness;
const clients: Client[] = [];

beforeAll(async () => {
  harness = await startHarness({
    env: {
      ANONYMOUS_ROLE: "none",
      API_KEYS: `dash:viewer:${VIEWER_KEY}`,
      JWT_ISSUER: "https://issuer.example",
      JWT_AUDIENCE: "gateway",
      JWT_SECRET: SECRET,
      SUBSCRIPTION_MIN_INTERVAL_MS: "100",
    },
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await harness?.close();
});

type Outcome = { kind: "event"; changes: string[] } | { kind: "closed"; code: number; reason: string } | { kind: "error"; detail: string };

/** Connects with `connectionParams`, subscribes to one job, and reports the first thing that happens. */
function firstOutcome(connectionParams?: Record<string, unknown>): Promise<Outcome> {
  const client = createClient({ url: harness.gateway.graphqlUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  clients.push(client);
  const name = harness.sagemaker.jobNames()[0];

  return new Promise((resolve) => {
    client.subscribe<{ trainingJobUpdated: { changes: string[] } }>(
      { query: QUERY, variables: { names: [name] } },
      {
        next: (result) => resolve({ kind: "event", changes: result.data?.trainingJobUpdated.changes ?? [] }),
        error: (error) => {
          const close = error as { code?: number; reason?: string };
          resolve(typeof close.code === "number" ? { kind: "closed", code: close.code, reason: close.reason ?? "" } : { kind: "error", detail: JSON.stringify(error) });
        },
        complete: () => {},
      },
    );
  });
}

function token(roles: string[], subject = "alice"): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer("https://issuer.example")
    .setAudience("gateway")
    .setExpirationTime("5m")
    .sign(new TextEncoder().encode(SECRET));
}

describe("WebSocket authentication", () => {
  test("valid API key subscribes", async () => {
    expect(await firstOutcome({ "x-api-key": VIEWER_KEY })).toEqual({ kind: "event", changes: ["INITIAL"] });
  });

  test("valid bearer token subscribes", async () => {
    expect(await firstOutcome({ authorization: `Bearer ${await token(["viewer"])}` })).toEqual({ kind: "event", changes: ["INITIAL"] });
  });

  test("no credentials closes with 4401", async () => {
    expect(await firstOutcome()).toEqual({
      kind: "closed",
      code: 4401,
      reason: "Authentication failed: this gateway requires credentials: an x-api-key header or an Authorization: Bearer token.",
    });
  });

  test("invalid API key closes with 4401", async () => {
    expect(await firstOutcome({ "x-api-key": "not-a-configured-key-000" })).toEqual({ kind: "closed", code: 4401, reason: "Authentication failed: the API key is not valid." });
  });

  test("expired token closes with 4401", async () => {
    const expired = await new SignJWT({ roles: ["viewer"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("alice")
      .setIssuer("https://issuer.example")
      .setAudience("gateway")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));

    expect(await firstOutcome({ authorization: `Bearer ${expired}` })).toMatchObject({ kind: "closed", code: 4401, reason: expect.stringMatching(/expired/) });
  });

  test("token without a gateway role closes with 4403", async () => {
    const outcome = await firstOutcome({ authorization: `Bearer ${await token(["billing"])}` });

    expect(outcome).toMatchObject({ kind: "closed", code: 4403 });
  });

  test("long close reason is cut to fit a close frame", async () => {
    const outcome = await firstOutcome({ authorization: `Bearer ${await token(["billing"], "service-account-".repeat(12))}` });

    const reason = outcome.kind === "closed" ? outcome.reason : "";
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason).toMatch(/^The bearer token of "service-account-.*\.\.\.$/);
  });
});
