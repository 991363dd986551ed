import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { beforeAll, describe, expect, test } from "vitest";

import type { JwtConfig } from "../../../src/auth/auth.config.js";
import { JwtVerifier, readRoles } from "../../../src/auth/jwt.verifier.js";

const SECRET = "a-shared-secret-of-thirty-two-characters!";
const ISSUER = "https://issuer.example";
const AUDIENCE = "sagemaker-gateway";

const secretConfig: JwtConfig = {
  issuer: ISSUER,
  audience: AUDIENCE,
  keys: { kind: "secret", secret: SECRET },
  rolesClaim: "roles",
  clockToleranceSeconds: 0,
};

function hsToken(claims: JWTPayload, options: { secret?: string; expiresIn?: string | number; issuer?: string; audience?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("alice")
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

async function failureOf(verifier: JwtVerifier, token: string): Promise<{ message: string; code: unknown }> {
  try {
    await verifier.verify(token);
  } catch (error) {
    return { message: (error as Error).message, code: (error as { extensions?: { code?: unknown } }).extensions?.code };
  }
  throw new Error("the token was accepted");
}

describe("JwtVerifier with a shared secret", () => {
  const verifier = new JwtVerifier(secretConfig);

  test("accepts a valid token", async () => {
    expect(await verifier.verify(await hsToken({ roles: ["operator"] }))).toEqual({ subject: "alice", roles: ["operator"] });
  });

  test("expired token is UNAUTHENTICATED", async () => {
    const failure = await failureOf(verifier, await hsToken({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 }));

    expect(failure).toEqual({ code: "UNAUTHENTICATED", message: expect.stringMatching(/^Authentication failed: the bearer token expired at \d{4}-/) });
  });

  test("wrong issuer is named without the configured one", async () => {
    const failure = await failureOf(verifier, await hsToken({}, { issuer: "https://evil.example" }));

    expect(failure.message).toBe("Authentication failed: the bearer token comes from an issuer this gateway does not accept.");
  });

  test("wrong audience is rejected", async () => {
    const failure = await failureOf(verifier, await hsToken({}, { audience: "another-api" }));

    expect(failure.message).toMatch(/meant for another audience/);
  });

  test("wrong signature is rejected", async () => {
    const failure = await failureOf(verifier, await hsToken({}, { secret: "another-secret-of-thirty-two-characters" }));

    expect(failure.message).toMatch(/signature does not verify/);
  });

  test.each(["not-a-token", "a.b.c", ""])("malformed token %j is rejected", async (token) => {
    const failure = await failureOf(verifier, token);

    expect(failure.message).toMatch(/not a well-formed signed JWT/);
  });

  test("token without sub is rejected", async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(SECRET));

    expect((await failureOf(verifier, token)).message).toMatch(/has no "sub" claim/);
  });

  test("token without exp is rejected", async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("alice").setIssuer(ISSUER).setAudience(AUDIENCE).sign(new TextEncoder().encode(SECRET));

    expect((await failureOf(verifier, token)).message).toMatch(/has no "exp" claim/);
  });

  test("message never contains the token", async () => {
    const token = await hsToken({}, { issuer: "https://evil.example" });

    expect((await failureOf(verifier, token)).message).not.toContain(token.split(".")[1]);
  });
});

describe("JwtVerifier with a key set", () => {
  let token: string;
  let verifier: JwtVerifier;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256" };
    verifier = new JwtVerifier({ ...secretConfig, keys: { kind: "jwksFile", path: "keys.json", jwks: { keys: [jwk] } } });
    token = await new SignJWT({ roles: "viewer" })
      .setProtectedHeader({ alg: "ES256", kid: "k1" })
      .setSubject("bob")
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime("5m")
      .sign(privateKey);
  });

  test("accepts a token signed by a listed key", async () => {
    expect(await verifier.verify(token)).toEqual({ subject: "bob", roles: ["viewer"] });
  });

  test("rejects an HMAC token, which a key set cannot verify", async () => {
    expect((await failureOf(verifier, await hsToken({})))).toEqual({ code: "UNAUTHENTICATED", message: expect.stringMatching(/algorithm this gateway does not accept/) });
  });
});

describe("readRoles", () => {
  test("reads a list", () => {
    expect(readRoles({ roles: ["viewer", 3, "admin"] }, "roles")).toEqual(["viewer", "admin"]);
  });

  test("splits a scope string", () => {
    expect(readRoles({ scope: "openid operator  profile" }, "scope")).toEqual(["openid", "operator", "profile"]);
  });

  test("follows a dotted path", () => {
    expect(readRoles({ realm_access: { roles: ["admin"] } }, "realm_access.roles")).toEqual(["admin"]);
  });

  test("prefers a top-level claim with dots", () => {
    expect(readRoles({ "https://example.com/roles": ["viewer"] }, "https://example.com/roles")).toEqual(["viewer"]);
  });

  test("missing claim gives no roles", () => {
    expect(readRoles({}, "roles")).toEqual([]);
  });
});
