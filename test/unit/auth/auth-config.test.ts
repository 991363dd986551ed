import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { readAuthConfig } from "../../../src/auth/auth.config.js";
import { ConfigError, type SageMakerSource } from "../../../src/config/config.js";

const local: SageMakerSource = { kind: "local" };
const aws: SageMakerSource = { kind: "aws", region: "eu-west-1" };
const KEYS = "ci:operator:ci-key-0123456789abcdef";
const JWT = { JWT_ISSUER: "https://issuer.example", JWT_AUDIENCE: "gateway", JWT_SECRET: "s".repeat(32) };

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "auth-config-")), name);
  writeFileSync(path, text);
  return path;
}

describe("readAuthConfig anonymous role", () => {
  test("local source defaults to operator", () => {
    expect(readAuthConfig({}, local).anonymousRole).toBe("operator");
  });

  test("loopback endpoint defaults to operator", () => {
    expect(readAuthConfig({}, { kind: "endpoint", endpoint: "http://127.0.0.1:9000", region: "us-east-1" }).anonymousRole).toBe("operator");
  });

  test("remote endpoint defaults to none", () => {
    const source: SageMakerSource = { kind: "endpoint", endpoint: "https://sagemaker.internal.example", region: "us-east-1" };

    expect(readAuthConfig({ API_KEYS: KEYS }, source).anonymousRole).toBeUndefined();
  });

  test("AWS defaults to none", () => {
    expect(readAuthConfig({ API_KEYS: KEYS }, aws).anonymousRole).toBeUndefined();
  });

  test("ANONYMOUS_ROLE=none turns it off locally", () => {
    expect(readAuthConfig({ ANONYMOUS_ROLE: "none", API_KEYS: KEYS }, local).anonymousRole).toBeUndefined();
  });

  test("ANONYMOUS_ROLE=viewer applies on AWS", () => {
    expect(readAuthConfig({ ANONYMOUS_ROLE: "viewer" }, aws).anonymousRole).toBe("viewer");
  });

  test("unknown ANONYMOUS_ROLE is rejected", () => {
    expect(() => readAuthConfig({ ANONYMOUS_ROLE: "root" }, local)).toThrow(/ANONYMOUS_ROLE="root": expected none or a role/);
  });

  test("AWS without any credentials setting does not start", () => {
    expect(() => readAuthConfig({}, aws)).toThrow(/API_KEYS, API_KEYS_FILE or JWT_ISSUER/);
  });
});

describe("readAuthConfig API keys", () => {
  test("API_KEYS is parsed", () => {
    expect(readAuthConfig({ API_KEYS: KEYS }, aws).apiKeys).toEqual([{ name: "ci", role: "operator", key: "ci-key-0123456789abcdef" }]);
  });

  test("API_KEYS_FILE is read one entry a line", () => {
    const path = tempFile("keys", `# gateway keys\n${KEYS}\ndash:viewer:dash-key-0123456789abcdef\n`);

    expect(readAuthConfig({ API_KEYS_FILE: path }, aws).apiKeys.map((entry) => entry.name)).toEqual(["ci", "dash"]);
  });

  test("both API_KEYS and API_KEYS_FILE is rejected", () => {
    expect(() => readAuthConfig({ API_KEYS: KEYS, API_KEYS_FILE: "/etc/keys" }, aws)).toThrow(/API_KEYS_FILE="\/etc\/keys": expected to be unset/);
  });

  test("missing API_KEYS_FILE names the error code", () => {
    expect(() => readAuthConfig({ API_KEYS_FILE: "/no/such/file" }, aws)).toThrow(/reading it failed with ENOENT/);
  });

  test("invalid API_KEYS hides the value", () => {
    const bad = "ci:operator:short-secret";

    expect(() => readAuthConfig({ API_KEYS: bad }, aws)).toThrow(expect.objectContaining({ message: expect.not.stringContaining("short-secret") }));
  });

  test("invalid API_KEYS is a ConfigError", () => {
    expect(() => readAuthConfig({ API_KEYS: "ci:operator" }, aws)).toThrow(ConfigError);
  });
});

describe("readAuthConfig JWT", () => {
  test("secret, issuer, audience and defaults", () => {
    expect(readAuthConfig(JWT, aws).jwt).toEqual({
      issuer: "https://issuer.example",
      audience: "gateway",
      keys: { kind: "secret", secret: "s".repeat(32) },
      rolesClaim: "roles",
      clockToleranceSeconds: 5,
    });
  });

  test("JWT_ROLES_CLAIM overrides the claim", () => {
    expect(readAuthConfig({ ...JWT, JWT_ROLES_CLAIM: "scope" }, aws).jwt?.rolesClaim).toBe("scope");
  });

  test("short secret is rejected without quoting it", () => {
    const attempt = () => readAuthConfig({ ...JWT, JWT_SECRET: "tiny-secret" }, aws);

    expect(attempt).toThrow(/JWT_SECRET="\(hidden\)": expected a shared HS256 secret of at least 32 characters/);
  });

  test("two key sources are rejected", () => {
    expect(() => readAuthConfig({ ...JWT, JWT_JWKS_URL: "https://issuer.example/jwks" }, aws)).toThrow(/not JWT_JWKS_URL and JWT_SECRET/);
  });

  test("no key source is rejected", () => {
    expect(() => readAuthConfig({ JWT_ISSUER: "https://issuer.example", JWT_AUDIENCE: "gateway" }, aws)).toThrow(/exactly one of .* not none/);
  });

  test("missing audience is rejected", () => {
    expect(() => readAuthConfig({ JWT_ISSUER: "https://issuer.example", JWT_SECRET: "s".repeat(32) }, aws)).toThrow(/JWT_AUDIENCE/);
  });

  test("JWT setting without issuer is rejected", () => {
    expect(() => readAuthConfig({ JWT_AUDIENCE: "gateway", ANONYMOUS_ROLE: "viewer" }, aws)).toThrow(/JWT_ISSUER="": expected an issuer, because JWT_AUDIENCE is set/);
  });

  test("plain http JWKS URL is rejected for a remote host", () => {
    const env = { JWT_ISSUER: "https://issuer.example", JWT_AUDIENCE: "gateway", JWT_JWKS_URL: "http://issuer.example/jwks" };

    expect(() => readAuthConfig(env, aws)).toThrow(/plain http is accepted only for loopback hosts/);
  });

  test("plain http JWKS URL is accepted on loopback", () => {
    const env = { JWT_ISSUER: "https://issuer.example", JWT_AUDIENCE: "gateway", JWT_JWKS_URL: "http://127.0.0.1:8080/jwks" };

    expect(readAuthConfig(env, aws).jwt?.keys).toEqual({ kind: "jwksUrl", url: new URL("http://127.0.0.1:8080/jwks") });
  });

  test("JWKS file is parsed", () => {
    const path = tempFile("jwks.json", JSON.stringify({ keys: [{ kty: "RSA", n: "x", e: "AQAB" }] }));
    const env = { JWT_ISSUER: "https://issuer.example", JWT_AUDIENCE: "gateway", JWT_JWKS_FILE: path };

    expect(readAuthConfig(env, aws).jwt?.keys).toEqual({ kind: "jwksFile", path, jwks: { keys: [{ kty: "RSA", n: "x", e: "AQAB" }] } });
  });

  test("JWKS file without keys is rejected", () => {
    const path = tempFile("jwks.json", JSON.stringify({ keys: [] }));
    const env = { JWT_ISSUER: "https://issuer.example", JWT_AUDIENCE: "gateway", JWT_JWKS_FILE: path };

    expect(() => readAuthConfig(env, aws)).toThrow(/at least one key/);
  });
});

describe("readAuthConfig secret values", () => {
  test("default pattern ignores case", () => {
    expect(readAuthConfig({}, local).secretKeyPattern.test("hf_token")).toBe(true);
  });

  test("SECRET_KEY_PATTERN replaces it", () => {
    expect(readAuthConfig({ SECRET_KEY_PATTERN: "^PRIVATE_" }, local).secretKeyPattern.test("hf_token")).toBe(false);
  });

  test("invalid SECRET_KEY_PATTERN is rejected", () => {
    expect(() => readAuthConfig({ SECRET_KEY_PATTERN: "(" }, local)).toThrow(/SECRET_KEY_PATTERN="\(": expected a JavaScript regular expression/);
  });

  test("SHOW_SECRET_VALUES defaults to false", () => {
    expect(readAuthConfig({}, local).showSecretValues).toBe(false);
  });

  test("SHOW_SECRET_VALUES=true shows them", () => {
    expect(readAuthConfig({ SHOW_SECRET_VALUES: "true" }, local).showSecretValues).toBe(true);
  });
});
