import { readFileSync } from "node:fs";

import type { JSONWebKeySet } from "jose";

import { ConfigError, readBoolean, readInteger, type SageMakerSource } from "../config/config.js";
import { parseApiKeyList } from "./api-key-list.js";
import { isRole, ROLES, type Role } from "./roles.js";
import { DEFAULT_SECRET_KEY_PATTERN } from "./secret-values.js";

type Env = Record<string, string | undefined>;

/** One configured API key: the caller id it stands for, its role and the key itself. */
export type ApiKeyEntry = { name: string; role: Role; key: string };

/** Source of the keys that verify bearer tokens. */
export type JwtKeySource =
  | { kind: "jwksUrl"; url: URL }
  | { kind: "jwksFile"; path: string; jwks: JSONWebKeySet }
  | { kind: "secret"; secret: string };

export type JwtConfig = {
  /** Required `iss` claim. */
  issuer: string;
  /** Required `aud` claim (one of the token's audiences). */
  audience: string;
  keys: JwtKeySource;
  /** Claim that contains the caller's roles: a list of names or a space-separated string such as `scope`. */
  rolesClaim: string;
  /** Leeway for `exp` and `nbf`, in seconds. */
  clockToleranceSeconds: number;
};

export type AuthConfig = {
  apiKeys: ApiKeyEntry[];
  jwt: JwtConfig | undefined;
  /** Role of requests without credentials; `undefined` rejects them. */
  anonymousRole: Role | undefined;
  /** Shows secret-looking values to every caller instead of admins only. */
  showSecretValues: boolean;
  /** Keys of environment variables and hyperparameters whose values are secret-looking. */
  secretKeyPattern: RegExp;
};


/** HS256 needs a key at least as long as its 256-bit output (RFC 7518, section 3.2). */
const MIN_SECRET_LENGTH = 32;

const JWT_VARIABLES = ["JWT_AUDIENCE", "JWT_JWKS_URL", "JWT_JWKS_FILE", "JWT_SECRET", "JWT_ROLES_CLAIM"];

/**
 * Reads the authentication settings. Anonymous callers get `operator` by
 * default when jobs come from a SageMaker on this machine (the embedded local
 * SageMaker, or an endpoint on a loopback address), so the demo works without
 * credentials, and no role anywhere else. A gateway that would reject every
 * request (no keys, no token issuer, anonymous access off) does not start.
 */
export function readAuthConfig(env: Env, source: SageMakerSource): AuthConfig {
  const apiKeys = readApiKeys(env);
  const jwt = readJwtConfig(env);
  const anonymousRole = readAnonymousRole(env, source);

  if (!anonymousRole && apiKeys.length === 0 && !jwt) {
    throw new ConfigError(
      "ANONYMOUS_ROLE",
      env.ANONYMOUS_ROLE || "none",
      "a role, or API_KEYS, API_KEYS_FILE or JWT_ISSUER set, because otherwise the gateway rejects every request",
    );
  }

  return {
    apiKeys,
    jwt,
    anonymousRole,
    showSecretValues: readBoolean(env, "SHOW_SECRET_VALUES", false),
    secretKeyPattern: readSecretKeyPattern(env),
  };
}

function readApiKeys(env: Env): ApiKeyEntry[] {
  if (env.API_KEYS && env.API_KEYS_FILE) {
    throw new ConfigError("API_KEYS_FILE", env.API_KEYS_FILE, "to be unset when API_KEYS is set; choose one of them");
  }

  if (env.API_KEYS) return parseKeys("API_KEYS", env.API_KEYS, ",");
  if (env.API_KEYS_FILE) return parseKeys("API_KEYS_FILE", readSettingFile("API_KEYS_FILE", env.API_KEYS_FILE), "\n");
  return [];
}

/** Parses a key list; the error quotes neither the value nor any key in it. */
function parseKeys(variable: string, text: string, separator: string): ApiKeyEntry[] {
  try {
    return parseApiKeyList(text, separator);
  } catch (error) {
    throw new ConfigError(variable, "(hidden because it contains keys)", (error as Error).message);
  }
}

function readJwtConfig(env: Env): JwtConfig | undefined {
  const issuer = env.JWT_ISSUER;
  if (!issuer) {
    const stray = JWT_VARIABLES.find((variable) => env[variable]);
    if (stray) throw new ConfigError("JWT_ISSUER", "", `an issuer, because ${stray} is set`);
    return undefined;
  }

  const audience = env.JWT_AUDIENCE;
  if (!audience) throw new ConfigError("JWT_AUDIENCE", "", "the audience tokens must name, because JWT_ISSUER is set");

  return {
    issuer,
    audience,
    keys: readJwtKeySource(env),
    rolesClaim: env.JWT_ROLES_CLAIM || "roles",
    clockToleranceSeconds: readInteger(env, "JWT_CLOCK_TOLERANCE_SECONDS", 5, 0, 300),
  };
}

function readJwtKeySource(env: Env): JwtKeySource {
  const set = ["JWT_JWKS_URL", "JWT_JWKS_FILE", "JWT_SECRET"].filter((variable) => env[variable]);
  if (set.length !== 1) {
    throw new ConfigError(
      "JWT_ISSUER",
      env.JWT_ISSUER!,
      `exactly one of JWT_JWKS_URL, JWT_JWKS_FILE or JWT_SECRET with it, not ${set.length === 0 ? "none" : set.join(" and ")}`,
    );
  }

  if (env.JWT_JWKS_URL) return { kind: "jwksUrl", url: readJwksUrl(env.JWT_JWKS_URL) };
  if (env.JWT_JWKS_FILE) {
    const path = env.JWT_JWKS_FILE;
    return { kind: "jwksFile", path, jwks: parseJwks(path, readSettingFile("JWT_JWKS_FILE", path)) };
  }

  const secret = env.JWT_SECRET!;
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError("JWT_SECRET", "(hidden)", `a shared HS256 secret of at least ${MIN_SECRET_LENGTH} characters`);
  }
  return { kind: "secret", secret };
}

/** Keys fetched over plain HTTP could be replaced on the way, so only loopback hosts may use it. */
function readJwksUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("JWT_JWKS_URL", raw, "an absolute https URL of the issuer's JSON Web Key Set");
  }

  const loopback = url.hostname === "localhost" || url.hostname === "[::1]" || url.hostname.startsWith("127.");
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new ConfigError("JWT_JWKS_URL", raw, "an https URL (plain http is accepted only for loopback hosts)");
  }
  return url;
}

function parseJwks(path: string, text: string): JSONWebKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError("JWT_JWKS_FILE", path, "a JSON file that contains a JSON Web Key Set");
  }

  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key?.kty === "string")) {
    throw new ConfigError("JWT_JWKS_FILE", path, 'a JSON Web Key Set: {"keys": [...]} with at least one key that has "kty"');
  }
  return { keys } as JSONWebKeySet;
}

function readAnonymousRole(env: Env, source: SageMakerSource): Role | undefined {
  const raw = env.ANONYMOUS_ROLE;
  if (raw === undefined || raw === "") return isOnThisMachine(source) ? "operator" : undefined;
  if (raw === "none") return undefined;
  if (isRole(raw)) return raw;
  throw new ConfigError("ANONYMOUS_ROLE", raw, `none or a role (${ROLES.join(", ")})`);
}

function isOnThisMachine(source: SageMakerSource): boolean {
  if (source.kind === "local") return true;
  if (source.kind !== "endpoint") return false;

  const host = new URL(source.endpoint).hostname;
  return host === "localhost" || host === "[::1]" || host.startsWith("127.");
}

function readSecretKeyPattern(env: Env): RegExp {
  const source = env.SECRET_KEY_PATTERN || DEFAULT_SECRET_KEY_PATTERN;
  try {
    return new RegExp(source, "i");
  } catch {
    throw new ConfigError("SECRET_KEY_PATTERN", source, "a JavaScript regular expression, matched case-insensitively against keys");
  }
}

function readSettingFile(variable: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "an unknown error";
    throw new ConfigError(variable, path, `a readable file (reading it failed with ${code})`);
  }
}
