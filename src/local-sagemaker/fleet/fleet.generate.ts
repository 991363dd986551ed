import type { StoredJob } from "../wire.js";
import type { Slot } from "./coverage.js";
import { COVERAGE_SLOTS } from "./coverage.js";
import type { AlgorithmId, FleetContext } from "./fleet.types.js";
import { buildAutoMlChildren, buildTuningChildren, buildWarmPoolPair } from "./groups.js";
import { buildJob } from "./job.build.js";
import { NameRegistry } from "./names.js";
import type { PlanSpec } from "./plan.js";
import { resolvePlan } from "./plan.js";
import { SeededRandom, mixSeed } from "./random.js";
import { registriesFor } from "./regions.js";

/** Options of generateFleet. */
export type FleetOptions = {
  /** Number of jobs, a non-negative integer. */
  size: number;
  /** Seed of the pseudo-random draws. The same options give byte-identical jobs. Default 1. */
  seed?: number;
  /** The moment the fleet is observed at: running jobs are under way then, finished ones ended before. Default: the current time. */
  now?: Date;
  /** Region in ARNs, image URIs and bucket names; one of FLEET_REGIONS. Default us-east-1. */
  region?: string;
  /** 12-digit account id in ARNs, roles and bucket names. Default 111122223333. */
  accountId?: string;
};

const DEFAULT_SEED = 1;
const DEFAULT_REGION = "us-east-1";
const DEFAULT_ACCOUNT_ID = "111122223333";

/** Stream number of the context draws, kept apart from the slot streams 0, 1, 2... */
const CONTEXT_STREAM = 0xffff_ffff;

/**
 * Generates a deterministic fleet of training jobs. The fleet opens with the
 * coverage slots, then continues with drawn ones, and a fleet of size n is
 * the first n jobs of any larger fleet with the same other options.
 */
export function generateFleet(options: FleetOptions): StoredJob[] {
  const size = options.size;
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`Invalid fleet size ${String(size)}: it must be a non-negative integer.`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) {
    throw new RangeError(`Invalid fleet seed ${String(seed)}: it must be an integer.`);
  }
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) {
    throw new RangeError("Invalid fleet time: `now` is an invalid Date.");
  }
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) {
    throw new RangeError(`Invalid account id "${accountId}": it must be 12 digits.`);
  }

  const context = createContext(options.region ?? DEFAULT_REGION, accountId, now.getTime(), seed);
  const jobs: StoredJob[] = [];
  for (let slotIndex = 0; jobs.length < size; slotIndex += 1) {
    const rng = new SeededRandom(mixSeed(seed, slotIndex));
    const slot = slotIndex < COVERAGE_SLOTS.length ? COVERAGE_SLOTS[slotIndex] : drawSlot(rng);
    jobs.push(...buildSlot(slot, context, rng));
  }
  return jobs.slice(0, size);
}

function buildSlot(slot: Slot, context: FleetContext, rng: SeededRandom): StoredJob[] {
  switch (slot.kind) {
    case "single":
      return [buildJob(resolvePlan(slot.spec, rng), context, rng)];
    case "tuning":
      return buildTuningChildren(slot.algorithm, slot.children, context, rng);
    case "automl":
      return buildAutoMlChildren(slot.children, context, rng);
    case "warmPoolPair":
      return buildWarmPoolPair(slot.reuser, slot.reused, context, rng);
  }
}

/** Draws a slot after the coverage ones: mostly single jobs, sometimes a tuning or AutoML job's children or a warm pool pair. */
function drawSlot(rng: SeededRandom): Slot {
  const kind = rng.weighted([["single", 93], ["tuning", 4], ["automl", 2], ["warmPoolPair", 1]] as const);
  switch (kind) {
    case "single":
      return { kind, spec: {} };
    case "tuning": {
      const children = Array.from({ length: rng.int(3, 10) }, (): PlanSpec => {
        const outcome = rng.weighted([["Completed", 85], ["Stopped", 12], ["Failed", 3]] as const);
        return outcome === "Failed" ? { status: "Failed", secondary: "Failed", haltStage: "training" } : { status: outcome, secondary: outcome };
      });
      return { kind, algorithm: rng.weighted<AlgorithmId>([["xgboost", 7], ["linear-learner", 1.5], ["huggingface", 1.5]]), children };
    }
    case "automl":
      return { kind, children: Array.from({ length: rng.int(2, 6) }, () => ({})) };
    case "warmPoolPair":
      return {
        kind,
        reuser: rng.chance(0.5) ? { status: "InProgress", secondary: "Training" } : { status: "Completed", secondary: "Completed" },
        reused: {},
      };
  }
}

/** Draws what the jobs of one account share: its VPC networks, KMS key, Studio domain and file systems. */
function createContext(region: string, accountId: string, nowMs: number, seed: number): FleetContext {
  const rng = new SeededRandom(mixSeed(seed, CONTEXT_STREAM));
  const registries = registriesFor(region);
  const networks = Array.from({ length: 3 }, () => ({
    securityGroupIds: [`sg-0${rng.hex(16)}`],
    subnets: [`subnet-0${rng.hex(16)}`, `subnet-0${rng.hex(16)}`],
  }));
  return {
    region,
    accountId,
    nowMs,
    registries,
    names: new NameRegistry(),
    networks,
    kmsKeyArn: `arn:aws:kms:${region}:${accountId}:key/${rng.uuid()}`,
    studioDomainArn: `arn:aws:sagemaker:${region}:${accountId}:domain/d-${rng.hex(12)}`,
    fileSystems: { fsxLustreId: `fs-0${rng.hex(16)}`, fsxMountName: rng.hex(8), efsId: `fs-${rng.hex(8)}` },
  };
}
