import type { AlgorithmProfile } from "./algorithms.js";
import type { JobPlan } from "./fleet.types.js";
import { TRAINING_JOB_NAME_MAX_LENGTH, timestampedName, truncateBase } from "./names.js";
import type { FleetProject } from "./projects.js";
import type { SeededRandom } from "./random.js";

/**
 * Draws a name candidate in one of the styles people use. Most follow the
 * SDK's default `<base>-<timestamp>`, others are dated or versioned names
 * chosen by hand, some in mixed case that the ARN lower-cases. The training
 * jobs of a tuning or AutoML job get the `<parent>-<NNN>-<hash>` form.
 */
export function drawJobName(plan: JobPlan, profile: AlgorithmProfile, project: FleetProject, model: string, creationMs: number, rng: SeededRandom): string {
  const parent = plan.parent;
  if (parent?.kind === "tuning") {
    return `${parent.name}-${String(parent.childNumber).padStart(3, "0")}-${rng.hex(8)}`;
  }
  if (parent?.kind === "automl") {
    return `${truncateBase(parent.name, 32)}-dpp${rng.int(0, 2)}-${parent.childNumber}-${rng.hex(16)}`;
  }

  const stamp = new Date(creationMs).toISOString();
  const day = stamp.slice(0, 10).replaceAll("-", "");
  if (profile.family === "serverless") {
    const kind = plan.algorithm === "llm-evaluation" ? "eval" : "ft";
    return `${model}-${kind}-${day}${stamp.slice(11, 19).replaceAll(":", "")}`;
  }

  const style = rng.weighted([["sdk", 6], ["dated", 2], ["versioned", 2]] as const);
  if (style === "sdk") {
    return timestampedName(profile.baseJobName, creationMs);
  }
  if (style === "dated") {
    return truncateBase(`${project.name}-${model}-${day}-${stamp.slice(11, 13)}${stamp.slice(14, 16)}`, TRAINING_JOB_NAME_MAX_LENGTH);
  }
  const version = rng.int(1, 40);
  return rng.chance(0.5) ? `${pascalCase(project.name)}-${pascalCase(model)}-v${version}` : `${model}-${project.name}-v${version}`;
}

function pascalCase(words: string): string {
  return words
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
