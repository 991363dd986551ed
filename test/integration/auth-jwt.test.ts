import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { startHarness, type Harness } from "../support/gateway-harness.js";

const ISSUER = "https://login.example.com/";
const AUDIENCE = "sagemaker-gateway";
const KEY_ID = "test-key-1";
const JOB_QUERY = "query Job($name: String!) { trainingJob(name: $name) { trainingJobName } }";
const STOP = "mutation Stop($name: String!) { stopTrainingJob(name: $name) { trainingJobStatus } }";

let harness: Harness;
let jwksServer: Server;
let jwksRequests = 0;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

/** Serves the public half of `signingKey` as a JWKS on a loopback port, as an identity provider would. */
async function startJwksServer(jwks: object): Promise<string> {
  jwksServer = createServer((request, response) => {
    jwksRequests += 1;
    if (request.url !== "/.well-known/jwks.json") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
}

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  const jwksUrl = await startJwksServer({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: KEY_ID, alg: "RS256", use: "sig" }] });

  harness = await startHarness({
    env: { ANONYMOUS_ROLE: "none", JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_URL: jwksUrl, JWT_CLOCK_TOLERANCE_SECONDS: "0" },
  });
});

afterAll(async () => {
  await harness?.close();
  jwksServer?.closeAllConnections();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

function sign(claims: JWTPayload, options: { key?: CryptoKey; issuer?: string; expiresAt?: number } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: KEY_ID })
    .setSubject("alice@example.com")
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
    .sign(options.key ?? signingKey);
}

function fleetJob(status: string): string {
  const name = harness.sagemaker.jobNames().find((candidate) => harness.sagemaker.getJob(candidate)?.job.TrainingJobStatus === status);
  if (!name) throw new Error(`the fleet has no ${status} job`);
  return name;
}

async function post(document: string, variables: object, token: string): Promise<{ status: number; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; data?: unknown }> {
  const response = await fetch(harness.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

describe("bearer tokens checked against a JWKS URL", () => {
  test("valid token reads a job", async () => {
    const name = fleetJob("Completed");

    const response = await post(JOB_QUERY, { name }, await sign({ roles: ["viewer"] }));

    expect(response.data).toEqual({ trainingJob: { trainingJobName: name } });
  });

  test("token role decides mutations", async () => {
    const response = await post(STOP, { name: fleetJob("Completed") }, await sign({ roles: ["viewer"] }));

    expect(response.errors?.[0]?.message).toBe('Mutation.stopTrainingJob requires the "operator" role; the caller "alice@example.com" has "viewer".');
  });

  test("operator token passes the role check", async () => {
    const response = await post(STOP, { name: fleetJob("Completed") }, await sign({ roles: ["operator"] }));

    expect(response.errors?.[0]?.extensions?.code).toBe("JOB_NOT_RUNNING");
  });

  test("expired token is 401 with the reason", async () => {
    const response = await post(JOB_QUERY, { name: fleetJob("Completed") }, await sign({ roles: ["admin"] }, { expiresAt: Math.floor(Date.now() / 1000) - 10 }));

    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.errors?.[0]?.message).toMatch(/^Authentication failed: the bearer token expired at /);
  });

  test("malformed token is 401", async () => {
    const response = await post(JOB_QUERY, { name: fleetJob("Completed") }, "this-is-not-a-jwt");

    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toMatch(/not a well-formed signed JWT/);
  });

  test("token signed by another key is 401", async () => {
    const response = await post(JOB_QUERY, { name: fleetJob("Completed") }, await sign({ roles: ["admin"] }, { key: strangerKey }));

    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toBe("Authentication failed: the bearer token's signature does not verify with the issuer's keys.");
  });

  test("token of another issuer is 401", async () => {
    const response = await post(JOB_QUERY, { name: fleetJob("Completed") }, await sign({ roles: ["admin"] }, { issuer: "https://elsewhere.example.com/" }));

    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toBe("Authentication failed: the bearer token comes from an issuer this gateway does not accept.");
  });

  test("token without a gateway role is 403 FORBIDDEN", async () => {
    const response = await post(JOB_QUERY, { name: fleetJob("Completed") }, await sign({ roles: ["billing"] }));

    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", requiredRole: "viewer" });
  });

  test("key set is fetched once for many tokens", async () => {
    const before = jwksRequests;

    for (let index = 0; index < 5; index += 1) await post(JOB_QUERY, { name: fleetJob("Completed") }, await sign({ roles: ["viewer"] }));

    expect(jwksRequests - before).toBe(0);
  });
});
