import type { AlgorithmFamily, Feature } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";
import { sortedByKey } from "./sorted.js";

/**
 * Environment keys whose values look like credentials. The values are fake
 * placeholders, present so that clients can be tested for not showing them.
 */
export const FLEET_SECRET_ENVIRONMENT_KEYS = ["WANDB_API_KEY", "HF_TOKEN", "DATABASE_PASSWORD"] as const;

const SECRET_VALUES: Readonly<Record<(typeof FLEET_SECRET_ENVIRONMENT_KEYS)[number], string>> = {
  WANDB_API_KEY: "placeholder-wandb-key-0000000000000000000000000000",
  HF_TOKEN: "hf_placeholderTOKEN000000000000000000",
  DATABASE_PASSWORD: "placeholder-password-not-real",
};

const ORDINARY: readonly (readonly [string, string])[] = [
  ["PYTHONUNBUFFERED", "1"],
  ["NCCL_DEBUG", "INFO"],
  ["TOKENIZERS_PARALLELISM", "false"],
  ["OMP_NUM_THREADS", "4"],
  ["LOG_LEVEL", "info"],
  ["HF_HUB_ENABLE_HF_TRANSFER", "1"],
];

/**
 * Draws the Environment map of a job, or undefined when it has none. Keys are
 * sorted, as a map has no order of its own. `secretEnvironment` jobs carry
 * one or two credential-like keys next to ordinary ones.
 */
export function buildEnvironment(
  family: AlgorithmFamily,
  project: string,
  features: ReadonlySet<Feature>,
  rng: SeededRandom,
): Record<string, string> | undefined {
  const secrets = features.has("secretEnvironment");
  if (!secrets && (family === "builtin" || family === "serverless" || rng.chance(0.5))) {
    return undefined;
  }

  const entries: [string, string][] = rng.sample(ORDINARY, rng.int(1, 3)).map(([key, value]) => [key, value]);
  entries.push(["WANDB_PROJECT", project]);
  if (secrets) {
    for (const key of rng.sample(FLEET_SECRET_ENVIRONMENT_KEYS, rng.int(1, 2))) {
      entries.push([key, SECRET_VALUES[key]]);
    }
  }
  return sortedByKey(Object.fromEntries(entries));
}
