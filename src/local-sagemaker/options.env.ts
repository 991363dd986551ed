import type { ThrottleRule } from "./behaviour/behaviour.js";
import { InvalidBehaviourError, parseBehaviourUpdate, parseThrottleRule } from "./behaviour/behaviour-update.js";
import { isOperationName, OPERATION_NAMES, type OperationName } from "./operations/operation-names.js";
import type { LocalSageMakerOptions } from "./options.js";

/** An environment variable whose value does not have the expected form. */
export class InvalidEnvironmentError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}.`);
    this.name = "InvalidEnvironmentError";
  }
}

type Env = Record<string, string | undefined>;

const INTEGER_VARIABLES = [
  ["LOCAL_SAGEMAKER_PORT", "port", 0, 65_535],
  ["LOCAL_SAGEMAKER_FLEET_SIZE", "fleetSize", 0, 100_000],
  ["LOCAL_SAGEMAKER_SEED", "seed", 0, 4_294_967_295],
  ["LOCAL_SAGEMAKER_LATENCY_MS", "latencyMs", 0, 600_000],
  ["LOCAL_SAGEMAKER_SEARCH_LAG_JOBS", "searchLagJobs", 0, 100_000],
  ["LOCAL_SAGEMAKER_SEARCH_LAG_MS", "searchLagMs", 0, 3_600_000],
  ["LOCAL_SAGEMAKER_STOP_DELAY_MS", "stopDelayMs", 0, 3_600_000],
  ["LOCAL_SAGEMAKER_PROGRESSION_INTERVAL_MS", "progressionIntervalMs", 0, 3_600_000],
  ["LOCAL_SAGEMAKER_MIN_ACTIVE_JOBS", "minActiveJobs", 0, 1_000],
] as const;

/**
 * Reads the local SageMaker's options from LOCAL_SAGEMAKER_* variables.
 * Only variables that are set (and not empty) appear in the result, so the
 * caller's defaults apply to the others. Throws InvalidEnvironmentError
 * naming the variable, its value and the expected form.
 */
export function readLocalSageMakerOptionsFromEnv(env: Env): Partial<LocalSageMakerOptions> {
  const options: Record<string, unknown> = {};

  for (const [variable, option, min, max] of INTEGER_VARIABLES) {
    const raw = env[variable];
    if (!raw) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new InvalidEnvironmentError(variable, raw, `an integer from ${min} to ${max}`);
    }
    options[option] = value;
  }

  readMatching(env, options, "LOCAL_SAGEMAKER_HOST", "host", /^\S+$/, "a host name or IP address such as 127.0.0.1");
  readMatching(env, options, "LOCAL_SAGEMAKER_JOBS_DIR", "jobsDir", /\S/, "a folder path");
  readMatching(env, options, "LOCAL_SAGEMAKER_REGION", "region", /^[a-z]{2}(-[a-z]+)+-\d+$/, "an AWS region such as us-east-1");
  readMatching(env, options, "LOCAL_SAGEMAKER_ACCOUNT_ID", "accountId", /^\d{12}$/, "a 12-digit AWS account id");

  if (env.LOCAL_SAGEMAKER_THROTTLE) options.throttle = readThrottle(env.LOCAL_SAGEMAKER_THROTTLE);
  if (env.LOCAL_SAGEMAKER_FAULTS) options.faults = readFaults(env.LOCAL_SAGEMAKER_FAULTS);
  return options as Partial<LocalSageMakerOptions>;
}

function readMatching(env: Env, options: Record<string, unknown>, variable: string, option: string, pattern: RegExp, expected: string): void {
  const raw = env[variable];
  if (!raw) return;
  if (!pattern.test(raw)) throw new InvalidEnvironmentError(variable, raw, expected);
  options[option] = raw;
}

/** Parses `ListTrainingJobs=2:2,Search=5:10`: per operation, requests per second and burst size. */
function readThrottle(raw: string): Partial<Record<OperationName, ThrottleRule>> {
  const expected = `comma-separated Operation=ratePerSecond:burst entries such as ListTrainingJobs=2:2,Search=5:10, with operations from ${OPERATION_NAMES.join(", ")}`;
  const rules: Partial<Record<OperationName, ThrottleRule>> = {};

  for (const entry of raw.split(",")) {
    const match = /^\s*(\w+)=([\d.]+):(\d+)\s*$/.exec(entry);
    if (!match || !isOperationName(match[1])) throw new InvalidEnvironmentError("LOCAL_SAGEMAKER_THROTTLE", raw, expected);
    try {
      rules[match[1]] = parseThrottleRule({ ratePerSecond: Number(match[2]), burst: Number(match[3]) }, match[1]);
    } catch (error) {
      if (error instanceof InvalidBehaviourError) throw new InvalidEnvironmentError("LOCAL_SAGEMAKER_THROTTLE", raw, expected);
      throw error;
    }
  }
  return rules;
}

/** Parses a JSON object of faults by operation, e.g. `{"Search":{"errorRate":0.1,"errorType":"ServiceUnavailable"}}`. */
function readFaults(raw: string): LocalSageMakerOptions["faults"] {
  const expected = 'a JSON object of faults by operation, such as {"Search":{"errorRate":0.1,"errorType":"ServiceUnavailable"}}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new InvalidEnvironmentError("LOCAL_SAGEMAKER_FAULTS", raw, expected);
  }

  try {
    return parseBehaviourUpdate({ faults: parsed }).faults ?? {};
  } catch (error) {
    if (error instanceof InvalidBehaviourError) {
      throw new InvalidEnvironmentError("LOCAL_SAGEMAKER_FAULTS", raw, `${expected} (${error.message})`);
    }
    throw error;
  }
}
