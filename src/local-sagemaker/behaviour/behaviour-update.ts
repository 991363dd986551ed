import { isOperationName, OPERATION_NAMES, type OperationName } from "../operations/operation-names.js";
import {
  DEFAULT_BEHAVIOUR,
  DEFAULT_OPERATION_FAULTS,
  FAULT_ERROR_STATUS,
  type Behaviour,
  type FaultsByOperation,
  type OperationFaults,
  type ThrottleRule,
} from "./behaviour.js";

/** A change of behaviour as callers write it: fault entries may leave members at their defaults. */
export type BehaviourUpdate = Partial<Omit<Behaviour, "faults">> & {
  faults?: Partial<Record<OperationName | "*", Partial<OperationFaults>>>;
};

/** A behaviour setting that does not have the expected form; the message names the setting and the value. */
export class InvalidBehaviourError extends Error {
  constructor(path: string, value: unknown, expected: string) {
    super(`Invalid behaviour setting ${path}=${JSON.stringify(value)}: expected ${expected}.`);
    this.name = "InvalidBehaviourError";
  }
}

const NON_NEGATIVE_INTEGER_MEMBERS = [
  "latencyMs",
  "searchLagJobs",
  "searchLagMs",
  "stopDelayMs",
  "progressionIntervalMs",
  "progressionJobsPerStep",
  "minActiveJobs",
] as const;

/**
 * Checks an update that comes from outside the process (HTTP, environment,
 * untyped callers) and returns it in normalized form. Unknown members are
 * rejected so that a misspelt setting does not pass silently.
 */
export function parseBehaviourUpdate(input: unknown): Partial<Behaviour> {
  const update = requireObject(input, "behaviour");
  const known = Object.keys(DEFAULT_BEHAVIOUR);
  const result: Partial<Behaviour> = {};

  for (const [member, value] of Object.entries(update)) {
    if (!known.includes(member)) throw new InvalidBehaviourError(member, value, `one of ${known.join(", ")}`);
  }
  for (const member of NON_NEGATIVE_INTEGER_MEMBERS) {
    if (update[member] !== undefined) result[member] = requireInteger(update[member], member);
  }
  if (update.latencyMsByOperation !== undefined) {
    result.latencyMsByOperation = mapOperations(update.latencyMsByOperation, "latencyMsByOperation", false, requireInteger);
  }
  if (update.throttle !== undefined) result.throttle = mapOperations(update.throttle, "throttle", false, parseThrottleRule);
  if (update.faults !== undefined) result.faults = mapOperations(update.faults, "faults", true, parseFaults) as FaultsByOperation;
  return result;
}

export function parseThrottleRule(input: unknown, path: string): ThrottleRule {
  const rule = requireObject(input, path);
  const ratePerSecond = rule.ratePerSecond;
  if (typeof ratePerSecond !== "number" || !(ratePerSecond > 0)) {
    throw new InvalidBehaviourError(`${path}.ratePerSecond`, ratePerSecond, "a number above 0");
  }
  const burst = requireInteger(rule.burst, `${path}.burst`);
  if (burst < 1) throw new InvalidBehaviourError(`${path}.burst`, burst, "an integer of at least 1");
  return { ratePerSecond, burst };
}

function parseFaults(input: unknown, path: string): OperationFaults {
  const members = requireObject(input, path);
  const faults: OperationFaults = { ...DEFAULT_OPERATION_FAULTS };

  for (const [member, value] of Object.entries(members)) {
    const memberPath = `${path}.${member}`;
    if (member === "errorRate" || member === "resetRate" || member === "malformedRate") {
      if (typeof value !== "number" || value < 0 || value > 1) throw new InvalidBehaviourError(memberPath, value, "a number from 0 to 1");
      faults[member] = value;
    } else if (member === "slowMs") {
      faults.slowMs = requireInteger(value, memberPath);
    } else if (member === "errorType") {
      if (typeof value !== "string" || !(value in FAULT_ERROR_STATUS)) {
        throw new InvalidBehaviourError(memberPath, value, `one of ${Object.keys(FAULT_ERROR_STATUS).join(", ")}`);
      }
      faults.errorType = value as OperationFaults["errorType"];
    } else {
      throw new InvalidBehaviourError(memberPath, value, "errorRate, errorType, slowMs, resetRate or malformedRate");
    }
  }
  return faults;
}

function mapOperations<T>(
  input: unknown,
  path: string,
  allowWildcard: boolean,
  parse: (value: unknown, path: string) => T,
): Partial<Record<OperationName | "*", T>> {
  const entries = requireObject(input, path);
  const result: Partial<Record<OperationName | "*", T>> = {};

  for (const [operation, value] of Object.entries(entries)) {
    if (!isOperationName(operation) && !(allowWildcard && operation === "*")) {
      const names = allowWildcard ? [...OPERATION_NAMES, "*"] : OPERATION_NAMES;
      throw new InvalidBehaviourError(`${path}.${operation}`, value, `an operation name: ${names.join(", ")}`);
    }
    result[operation] = parse(value, `${path}.${operation}`);
  }
  return result;
}

function requireObject(input: unknown, path: string): Record<string, unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InvalidBehaviourError(path, input, "a JSON object");
  }
  return input as Record<string, unknown>;
}

function requireInteger(input: unknown, path: string): number {
  if (typeof input !== "number" || !Number.isInteger(input) || input < 0) {
    throw new InvalidBehaviourError(path, input, "an integer of at least 0");
  }
  return input;
}
