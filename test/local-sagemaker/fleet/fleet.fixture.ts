import type { DescribeTrainingJobResponse } from "@aws-sdk/client-sagemaker";

import { generateFleet } from "../../../src/local-sagemaker/fleet/index.js";
import type { StoredJob, WireTag } from "../../../src/local-sagemaker/wire.js";

/** The moment every test fleet is observed at. */
export const NOW = new Date("2025-06-01T12:00:00.000Z");
export const NOW_SECONDS = NOW.getTime() / 1000;

/** A DescribeTrainingJob body as it travels on the wire: the SDK shape with epoch-second numbers for dates. */
type Wire<T> = T extends Date ? number : T extends readonly (infer Item)[] ? Wire<Item>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;
export type FleetJob = Wire<Omit<DescribeTrainingJobResponse, "$metadata">>;

/** A generated job with its tags, typed for reading. */
export type TypedJob = { job: FleetJob; tags: WireTag[] };

const fleets = new Map<string, TypedJob[]>();

/**
 * Returns the fleet of `size` jobs for `seed` (default 1) at NOW, built once
 * per test file. The typed view is sound because fleet.validity.test.ts checks
 * every job against the SDK's DescribeTrainingJobResponse model.
 */
export function fleetOf(size: number, seed?: number): TypedJob[] {
  const key = `${size}/${seed}`;
  let fleet = fleets.get(key);
  if (fleet === undefined) {
    fleet = generateFleet({ size, seed, now: NOW }).map(typed);
    fleets.set(key, fleet);
  }
  return fleet;
}

/** Reads a stored job through the typed view. */
export function typed(stored: StoredJob): TypedJob {
  return { job: stored.job as unknown as FleetJob, tags: stored.tags };
}

/** Names of the jobs among `fleet` for which `predicate` holds, for readable failure messages. */
export function namesWhere(fleet: readonly TypedJob[], predicate: (job: FleetJob, tags: WireTag[]) => boolean): string[] {
  return fleet.filter(({ job, tags }) => predicate(job, tags)).map(({ job }) => job.TrainingJobName ?? "(no name)");
}

/** Returns the S3 data sources among a job's input channels. */
export function s3Sources(job: FleetJob): NonNullable<NonNullable<FleetJob["InputDataConfig"]>[number]["DataSource"]>["S3DataSource"][] {
  return (job.InputDataConfig ?? []).map((channel) => channel.DataSource?.S3DataSource).filter((source) => source !== undefined);
}
