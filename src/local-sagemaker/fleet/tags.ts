import type { WireTag } from "../wire.js";
import type { Feature } from "./fleet.types.js";
import type { FleetProject } from "./projects.js";
import type { SeededRandom } from "./random.js";

/** Tag keys the fleet uses, the first five on most jobs and the rest now and then. */
export const FLEET_TAG_KEYS = [
  "project",
  "team",
  "owner",
  "cost-center",
  "env",
  "model",
  "dataset-version",
  "ticket",
  "notes",
  "sagemaker:domain-arn",
  "sagemaker:user-profile-arn",
] as const;

const ENVIRONMENTS = [
  ["dev", 5],
  ["staging", 2],
  ["prod", 3],
] as const;

const NON_ASCII_NOTES = [
  "Modèle de référence — données nettoyées",
  "基线模型对比实验",
  "再学習テスト 🚀",
  "Überprüfung durch das Qualitätsteam",
  "Prueba con año fiscal 2024 ✅",
];

const PLAIN_NOTES = ["baseline run", "rerun after schema fix", "candidate for promotion", "ablation run"];

/** Facts about a job that its descriptive tags repeat. */
export type TagSubject = {
  project: FleetProject;
  /** The model the job trains; a parent job that tries several models (AutoML) has none, so it gets no `model` tag. */
  model?: string;
  /** Version folder of the dataset the job reads, when its input lives under a versioned dataset prefix. */
  datasetVersion?: string;
};

/**
 * Draws the tags of one job: none for a `noTags` job, otherwise up to eleven,
 * with project, team and cost center almost always present so tag filters
 * match whole projects. `model` and `dataset-version` repeat what the job
 * trains and reads. Jobs launched from SageMaker Studio also carry the two
 * `sagemaker:` tags that Studio adds.
 */
export function buildTags(
  { project, model, datasetVersion }: TagSubject,
  features: ReadonlySet<Feature>,
  studioDomainArn: string,
  rng: SeededRandom,
): WireTag[] {
  if (features.has("noTags")) {
    return [];
  }

  const tags: WireTag[] = [];
  const add = (key: string, value: string, probability = 1): void => {
    if (rng.chance(probability)) {
      tags.push({ Key: key, Value: value });
    }
  };

  add("project", project.name, 0.97);
  add("team", project.team, 0.95);
  const owner = rng.pick(project.owners);
  add("owner", owner, 0.85);
  add("cost-center", project.costCenter, 0.9);
  add("env", rng.weighted(ENVIRONMENTS), 0.8);
  if (model !== undefined) {
    add("model", model, 0.4);
  }
  if (datasetVersion !== undefined) {
    add("dataset-version", datasetVersion, 0.3);
  }
  add("ticket", `MLOPS-${rng.int(100, 2400)}`, 0.15);
  if (features.has("nonAsciiText")) {
    add("notes", rng.pick(NON_ASCII_NOTES));
  } else {
    add("notes", rng.pick(PLAIN_NOTES), 0.08);
  }
  if (rng.chance(0.25)) {
    add("sagemaker:domain-arn", studioDomainArn);
    add("sagemaker:user-profile-arn", `${studioDomainArn.replace(":domain/", ":user-profile/")}/${owner.replace(".", "-")}`);
  }
  return tags;
}
