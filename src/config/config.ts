import { readAuthConfig, type AuthConfig } from "../auth/auth.config.js";
import { readSubscriptionSettings, type SubscriptionSettings } from "../subscriptions/subscriptions.config.js";

/**
 * The gateway's settings, read from the environment once at start. A bad value
 * stops the process with a message that names the variable, the value and the
 * expected form (see `ConfigError`).
 */
export type SageMakerSource =
  | { kind: "local" }
  | { kind: "endpoint"; endpoint: string; region: string }
  | { kind: "aws"; region: string | undefined };

export type GatewayConfig = {
  host: string;
  port: number;
  production: boolean;
  source: SageMakerSource;
  logLevel: string;
  /** HMAC key for list cursors; replicas behind one load balancer must share it. */
  cursorSecret: string | undefined;
  sagemaker: {
    /** Attempts per call, the first included, with the SDK's standard retry mode. */
    maxAttempts: number;
    /** Time limit for one HTTP attempt to SageMaker. */
    requestTimeoutMs: number;
    /** Calls of one operation in flight at once, per process. */
    maxConcurrentCallsPerOperation: number;
  };
  list: {
    /** ListTrainingJobs pages one `trainingJobs` field may read to fill its page. */
    maxUpstreamPages: number;
  };
  cache: {
    maxEntries: number;
    /** How long a job in a terminal status (Completed, Failed, Stopped) is reused. */
    terminalTtlMs: number;
    /** How long any other job is reused; kept to a few seconds. */
    activeTtlMs: number;
  };
  local: {
    fleetSize: number;
    seed: number;
    jobsDir: string | undefined;
    progressionIntervalMs: number;
    /** Running jobs the local SageMaker keeps by starting new ones, so the demo never runs dry. */
    minActiveJobs: number;
  };
  /** Bounds checked before any SageMaker call; see docs/limits.md. */
  limits: {
    /** Nesting levels of fields in one operation; introspection fields are not counted. */
    maxDepth: number;
    /** Aliased fields in one operation, fragments included. */
    maxAliases: number;
    /** Top-level fields in one operation, aliases included. */
    maxRootFields: number;
    /** Lexical tokens in one document; the parser stops at this count. */
    maxTokens: number;
    /** Budget of estimated SageMaker calls for one operation. */
    maxCost: number;
    /** Size of a request body in bytes. */
    maxBodyBytes: number;
    /** Time from the start of a GraphQL request to its response; SageMaker calls still open are cancelled. */
    requestDeadlineMs: number;
  };
  http: {
    /** Replace messages of errors without a known code by "Internal server error". */
    maskErrors: boolean;
    /** Add `extensions.stacktrace` to errors; never with masking. */
    stackTraces: boolean;
    introspection: boolean;
    landingPage: LandingPage;
    /** Origins allowed by CORS: `"*"` for any, or an allow-list (empty: no cross-origin access). */
    corsOrigins: "*" | string[];
    /** Time requests in flight get to finish after a stop signal before their connections are closed. */
    shutdownGraceMs: number;
    /** `/readyz` passes when a SageMaker call succeeded within this time; otherwise it sends a probe. */
    readinessWindowMs: number;
  };
  /** Callers, roles and secret values; see docs/auth.md. */
  auth: AuthConfig;
  /** The shared poller of `trainingJobUpdated`; see docs/subscriptions.md. */
  subscriptions: SubscriptionSettings;
};

/** Page that a browser GET on `/graphql` shows: Apollo Sandbox, Apollo's production page, or none. */
export type LandingPage = "sandbox" | "production" | "off";

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}.`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function readInteger(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(variable, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

function readBoolean(env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(variable, raw, "true or false");
}

function readLandingPage(env: Env, fallback: LandingPage): LandingPage {
  const raw = env.LANDING_PAGE;
  if (raw === undefined || raw === "") return fallback;
  if (raw === "sandbox" || raw === "production" || raw === "off") return raw;
  throw new ConfigError("LANDING_PAGE", raw, "sandbox, production or off");
}

/** Reads `CORS_ORIGINS`: `*`, or comma-separated origins such as `https://studio.apollographql.com`. */
function readCorsOrigins(env: Env, fallback: "*" | string[]): "*" | string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined || raw === "") return fallback;
  if (raw.trim() === "*") return "*";

  const expected = "* or comma-separated origins such as https://studio.apollographql.com (scheme, host and optional port, no path)";
  return raw.split(",").map((entry) => {
    const origin = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError("CORS_ORIGINS", raw, expected);
    }
    if (!/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) throw new ConfigError("CORS_ORIGINS", raw, expected);
    return origin;
  });
}

const AWS_CONFIGURATION_VARIABLES = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_PROFILE",
  "AWS_ACCESS_KEY_ID",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
];

/**
 * Picks where jobs come from. `SAGEMAKER_SOURCE` (local, aws) wins. Otherwise
 * `AWS_ENDPOINT_URL_SAGEMAKER` selects that endpoint, and any AWS
 * configuration variable selects AWS. With none of them, the embedded local
 * SageMaker serves the jobs.
 */
export function readSageMakerSource(env: Env): SageMakerSource {
  const explicit = env.SAGEMAKER_SOURCE;
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  const endpoint = env.AWS_ENDPOINT_URL_SAGEMAKER || env.AWS_ENDPOINT_URL || undefined;

  if (explicit !== undefined && explicit !== "" && explicit !== "local" && explicit !== "aws") {
    throw new ConfigError("SAGEMAKER_SOURCE", explicit, "local or aws, or unset to choose automatically");
  }
  if (explicit === "local") return { kind: "local" };

  if (endpoint !== undefined) {
    try {
      new URL(endpoint);
    } catch {
      throw new ConfigError("AWS_ENDPOINT_URL_SAGEMAKER", endpoint, "an absolute URL such as http://127.0.0.1:4566");
    }
    return { kind: "endpoint", endpoint, region: region ?? "us-east-1" };
  }

  if (explicit === "aws" || AWS_CONFIGURATION_VARIABLES.some((variable) => env[variable])) {
    return { kind: "aws", region };
  }
  return { kind: "local" };
}

/** Reads and validates every setting; throws `ConfigError` on the first bad one. */
export function readConfig(env: Env = process.env): GatewayConfig {
  const production = env.NODE_ENV === "production";
  const source = readSageMakerSource(env);

  return {
    host: env.HOST || "127.0.0.1",
    port: readInteger(env, "PORT", 4000, 0, 65535),
    production,
    source,
    logLevel: env.LOG_LEVEL || "info",
    cursorSecret: env.CURSOR_SECRET || undefined,
    sagemaker: {
      maxAttempts: readInteger(env, "SAGEMAKER_MAX_ATTEMPTS", 3, 1, 10),
      requestTimeoutMs: readInteger(env, "SAGEMAKER_REQUEST_TIMEOUT_MS", 5_000, 100, 120_000),
      maxConcurrentCallsPerOperation: readInteger(env, "SAGEMAKER_MAX_CONCURRENT_CALLS", 16, 1, 256),
    },
    list: {
      maxUpstreamPages: readInteger(env, "LIST_MAX_UPSTREAM_PAGES", 10, 1, 100),
    },
    cache: {
      maxEntries: readInteger(env, "CACHE_MAX_ENTRIES", 10_000, 0, 1_000_000),
      terminalTtlMs: readInteger(env, "CACHE_TERMINAL_TTL_MS", 300_000, 0, 86_400_000),
      activeTtlMs: readInteger(env, "CACHE_ACTIVE_TTL_MS", 2_000, 0, 10_000),
    },
    local: {
      fleetSize: readInteger(env, "LOCAL_SAGEMAKER_FLEET_SIZE", 400, 0, 100_000),
      seed: readInteger(env, "LOCAL_SAGEMAKER_SEED", 1, 0, 2 ** 31 - 1),
      jobsDir: env.LOCAL_SAGEMAKER_JOBS_DIR || undefined,
      progressionIntervalMs: readInteger(env, "LOCAL_SAGEMAKER_PROGRESSION_INTERVAL_MS", 5_000, 0, 3_600_000),
      minActiveJobs: readInteger(env, "LOCAL_SAGEMAKER_MIN_ACTIVE_JOBS", 3, 0, 1_000),
    },
    limits: {
      maxDepth: readInteger(env, "MAX_QUERY_DEPTH", 12, 1, 100),
      maxAliases: readInteger(env, "MAX_QUERY_ALIASES", 100, 0, 1_000),
      maxRootFields: readInteger(env, "MAX_ROOT_FIELDS", 100, 1, 1_000),
      maxTokens: readInteger(env, "MAX_QUERY_TOKENS", 3_000, 100, 100_000),
      maxCost: readInteger(env, "MAX_QUERY_COST", 200, 1, 100_000),
      maxBodyBytes: readInteger(env, "MAX_BODY_BYTES", 102_400, 1_024, 10_485_760),
      requestDeadlineMs: readInteger(env, "REQUEST_DEADLINE_MS", 10_000, 100, 300_000),
    },
    http: {
      maskErrors: readBoolean(env, "MASK_ERRORS", production),
      stackTraces: readBoolean(env, "ERROR_STACK_TRACES", false),
      introspection: readBoolean(env, "INTROSPECTION", !production),
      landingPage: readLandingPage(env, production ? "production" : "sandbox"),
      corsOrigins: readCorsOrigins(env, production ? [] : "*"),
      shutdownGraceMs: readInteger(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 300_000),
      readinessWindowMs: readInteger(env, "READINESS_WINDOW_MS", 30_000, 1_000, 3_600_000),
    },
    auth: readAuthConfig(env, source),
    subscriptions: readSubscriptionSettings(env),
  };
}

export { readBoolean, readInteger };
