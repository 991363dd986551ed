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

/** Stream number of the offset that places failed jobs among the drawn slots. */
const FAILURE_STREAM = 0xffff_fffe;

/**
 * Share of failed jobs among the jobs of drawn slots. Failures are placed to
 * keep this share instead of drawn one by one. So every fleet of 1,000 jobs,
 * whatever its seed, has 3% failed jobs: 0.0265 of the 943 drawn jobs plus
 * the 5 failed jobs of the coverage slots. Smaller fleets have a larger
 * share, because the coverage slots weigh more in them.
 */
const FAILED_SHARE = 0.0265;

/** How many jobs the drawn slots made so far, how many of them failed, and the seed's offset in [0, 1) of the failure positions. */
type FailureCount = { offset: number; jobs: number; failed: number };

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
  const failures: FailureCount = { offset: new SeededRandom(mixSeed(seed, FAILURE_STREAM)).next(), jobs: 0, failed: 0 };
  const jobs: StoredJob[] = [];
  for (let slotIndex = 0; jobs.length < size; slotIndex += 1) {
    const rng = new SeededRandom(mixSeed(seed, slotIndex));
    const coverage = slotIndex < COVERAGE_SLOTS.length;
    const slot = coverage ? COVERAGE_SLOTS[slotIndex] : drawSlot(rng, failureDue(failures));
    const built = buildSlot(slot, context, rng);
    if (!coverage) {
      failures.jobs += built.length;
      failures.failed += built.filter((stored) => stored.job.TrainingJobStatus === "Failed").length;
    }
    jobs.push(...built);
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

/**
 * Returns whether the next drawn job should fail to keep failed jobs at
 * FAILED_SHARE of the drawn ones. Failed tuning children count too, so a
 * tuning job with a failed child delays the next failed single job.
 */
function failureDue(count: FailureCount): boolean {
  return Math.floor(count.offset + (count.jobs + 1) * FAILED_SHARE) > count.failed;
}

/**
 * Draws a slot after the coverage ones: mostly single jobs, sometimes a
 * tuning or AutoML job's children or a warm pool pair. When `failed` is
 * true, a single job is a failed one; a group slot leaves the failure to
 * the next single job.
 */
function drawSlot(rng: SeededRandom, failed: boolean): Slot {
  const kind = rng.weighted([["single", 93], ["tuning", 4], ["automl", 2], ["warmPoolPair", 1]] as const);
  switch (kind) {
    case "single":
      return { kind, spec: failed ? { status: "Failed", secondary: "Failed" } : {} };
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
