import { SignJWT } from "jose";
import { pino } from "pino";
import { describe, expect, test } from "vitest";

import type { AuthConfig } from "../../../src/auth/auth.config.js";
import { createAuthenticator } from "../../../src/auth/authenticator.js";

const SECRET = "a-shared-secret-of-thirty-two-characters!";
const CI_KEY = "ci-key-0123456789abcdef";

const config: AuthConfig = {
  apiKeys: [{ name: "ci", role: "operator", key: CI_KEY }],
  jwt: { issuer: "https://issuer.example", audience: "gateway", keys: { kind: "secret", secret: SECRET }, rolesClaim: "roles", clockToleranceSeconds: 0 },
  anonymousRole: undefined,
  showSecretValues: false,
  secretKeyPattern: /KEY/i,
};
const silent = pino({ level: "silent" });

function token(roles: unknown): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("alice")
    .setIssuer("https://issuer.example")
    .setAudience("gateway")
    .setExpirationTime("5m")
    .sign(new TextEncoder().encode(SECRET));
}

async function codeOf(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => "accepted",
    (error: { extensions?: { code?: unknown } }) => error.extensions?.code,
  );
}

describe("createAuthenticator", () => {
  const authenticate = createAuthenticator(config, silent);

  test("API key header gives its name and roles", async () => {
    const caller = await authenticate({ headers: { "x-api-key": CI_KEY } });

    expect({ id: caller.id, roles: [...caller.roles], anonymous: caller.anonymous }).toEqual({ id: "ci", roles: ["viewer", "operator"], anonymous: false });
  });

  test("bearer token gives its subject and roles", async () => {
    const caller = await authenticate({ headers: { authorization: `Bearer ${await token(["admin"])}` } });

    expect({ id: caller.id, roles: [...caller.roles] }).toEqual({ id: "alice", roles: ["viewer", "operator", "admin"] });
  });

  test("connection parameters are read case-insensitively", async () => {
    const caller = await authenticate({ headers: {}, connectionParams: { "X-Api-Key": CI_KEY } });

    expect(caller.id).toBe("ci");
  });

  test("connection parameters win over upgrade headers", async () => {
    const caller = await authenticate({ headers: { "x-api-key": "wrong-key-0123456789" }, connectionParams: { "x-api-key": CI_KEY } });

    expect(caller.id).toBe("ci");
  });

  test("no credentials is UNAUTHENTICATED when anonymous access is off", async () => {
    expect(await codeOf(authenticate({ headers: {} }))).toBe("UNAUTHENTICATED");
  });

  test("wrong key is UNAUTHENTICATED", async () => {
    expect(await codeOf(authenticate({ headers: { "x-api-key": "wrong-key-0123456789" } }))).toBe("UNAUTHENTICATED");
  });

  test("both key and token is UNAUTHENTICATED", async () => {
    const headers = { "x-api-key": CI_KEY, authorization: `Bearer ${await token(["admin"])}` };

    expect(await codeOf(authenticate({ headers }))).toBe("UNAUTHENTICATED");
  });

  test("Basic scheme is UNAUTHENTICATED", async () => {
    expect(await codeOf(authenticate({ headers: { authorization: "Basic Y2k6c2VjcmV0" } }))).toBe("UNAUTHENTICATED");
  });

  test("token without a gateway role is FORBIDDEN", async () => {
    expect(await codeOf(authenticate({ headers: { authorization: `Bearer ${await token(["billing"])}` } }))).toBe("FORBIDDEN");
  });

  test("non-string connection parameter is UNAUTHENTICATED", async () => {
    expect(await codeOf(authenticate({ headers: {}, connectionParams: { authorization: 42 } }))).toBe("UNAUTHENTICATED");
  });
});

describe("createAuthenticator with anonymous access", () => {
  const authenticate = createAuthenticator({ ...config, anonymousRole: "viewer" }, silent);

  test("no credentials gives the anonymous caller", async () => {
    const caller = await authenticate({ headers: {} });

    expect({ id: caller.id, roles: [...caller.roles], anonymous: caller.anonymous }).toEqual({ id: "anonymous", roles: ["viewer"], anonymous: true });
  });

  test("wrong key is still UNAUTHENTICATED", async () => {
    expect(await codeOf(authenticate({ headers: { "x-api-key": "wrong-key-0123456789" } }))).toBe("UNAUTHENTICATED");
  });
});

describe("createAuthenticator without keys or tokens", () => {
  const authenticate = createAuthenticator({ ...config, apiKeys: [], jwt: undefined, anonymousRole: "viewer" }, silent);

  test("an API key is rejected with the reason", async () => {
    await expect(authenticate({ headers: { "x-api-key": CI_KEY } })).rejects.toThrow("Authentication failed: API keys are not enabled on this gateway.");
  });

  test("a bearer token is rejected with the reason", async () => {
    await expect(authenticate({ headers: { authorization: "Bearer abc" } })).rejects.toThrow("Authentication failed: bearer tokens are not enabled on this gateway.");
  });
});
