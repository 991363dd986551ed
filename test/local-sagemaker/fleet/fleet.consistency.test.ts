import { describe, expect, test } from "vitest";

import type { FleetJob, TypedJob } from "./fleet.fixture.js";
import { fleetOf, namesWhere, s3Sources } from "./fleet.fixture.js";
import { MODEL_FACTS, codeOf, metricKind, modelInName } from "./fleet.models.js";

const TREE_PARAMETERS = ["n_estimators", "num_leaves", "max_depth", "min_samples_leaf", "num_round", "max_leaf_nodes", "num_trees"];
const DEEP_LEARNING_IMAGE = /\/(pytorch|tensorflow|huggingface-pytorch)-training(-neuronx)?:/;
const CLASSIFYING = new Set(["classification", "text", "images"]);

/** Hub ids that Hugging Face jobs of each model must load. */
const HUB_IDS: Readonly<Record<string, RegExp>> = {
  "distilbert-intent": /^"distilbert-/,
  "distilbert-sentiment": /^"distilbert-/,
  "roberta-base": /^"roberta-/,
  "llama-3-8b-lora": /^"meta-llama\/Meta-Llama-3-8B/,
  "mistral-7b-lora": /^"mistralai\/Mistral-7B/,
};

const modelTag = ({ tags }: TypedJob): string | undefined => tags.find((tag) => tag.Key === "model")?.Value;

/** Returns the model a job claims to train: its `model` tag, or else the model its name mentions. */
const statedModel = (entry: TypedJob): string | undefined => modelTag(entry) ?? modelInName(entry.job.TrainingJobName ?? "");

const metricNames = (job: FleetJob): string[] => [
  ...(job.FinalMetricDataList ?? []).map((metric) => metric.MetricName ?? ""),
  ...(job.AlgorithmSpecification?.MetricDefinitions ?? []).map((definition) => definition.Name ?? ""),
];

describe.each([
  ["default seed, 400 jobs", 400, undefined],
  ["seed 7, 3000 jobs", 3000, 7],
])("fleet model consistency (%s)", (_label, size, seed) => {
  const fleet = fleetOf(size, seed);
  const stated = fleet.filter((entry) => statedModel(entry) !== undefined);

  test("model tags name known models", () => {
    const unknown = fleet.map(modelTag).filter((model) => model !== undefined && MODEL_FACTS[model] === undefined);

    expect(unknown).toEqual([]);
  });

  test("model tag matches the code", () => {
    const tagged = fleet.filter((entry) => modelTag(entry) !== undefined);
    const wrong = tagged.filter((entry) => !MODEL_FACTS[modelTag(entry) ?? ""]?.code.test(codeOf(entry.job))).map((entry) => `${entry.job.TrainingJobName}: ${modelTag(entry)} on ${codeOf(entry.job)}`);

    expect(tagged.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test("named model matches the code", () => {
    const named = fleet.filter((entry) => modelInName(entry.job.TrainingJobName ?? "") !== undefined);
    const wrong = named
      .filter((entry) => !MODEL_FACTS[modelInName(entry.job.TrainingJobName ?? "") ?? ""].code.test(codeOf(entry.job)))
      .map((entry) => `${entry.job.TrainingJobName} on ${codeOf(entry.job)}`);

    expect(named.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test("name and tag name one model", () => {
    const wrong = namesWhere(fleet, (job, tags) => {
      const inName = modelInName(job.TrainingJobName ?? "");
      const tag = tags.find((candidate) => candidate.Key === "model")?.Value;
      return inName !== undefined && tag !== undefined && inName !== tag;
    });

    expect(wrong).toEqual([]);
  });

  test("classifiers report no regression metrics", () => {
    const wrong = stated
      .filter((entry) => CLASSIFYING.has(MODEL_FACTS[statedModel(entry) ?? ""]?.task ?? ""))
      .filter((entry) => metricNames(entry.job).some((name) => metricKind(name) === "regression"))
      .map((entry) => entry.job.TrainingJobName);

    expect(wrong).toEqual([]);
  });

  test("forecasters report no classification metrics", () => {
    const forecasters = stated.filter((entry) => MODEL_FACTS[statedModel(entry) ?? ""]?.task === "regression");
    const wrong = forecasters.filter((entry) => metricNames(entry.job).some((name) => metricKind(name) === "classification")).map((entry) => entry.job.TrainingJobName);

    expect(forecasters.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test("forecasters report a regression metric", () => {
    const silent = stated
      .filter((entry) => MODEL_FACTS[statedModel(entry) ?? ""]?.task === "regression" && (entry.job.FinalMetricDataList ?? []).length > 0)
      .filter((entry) => !(entry.job.FinalMetricDataList ?? []).some((metric) => metricKind(metric.MetricName ?? "") === "regression"))
      .map((entry) => entry.job.TrainingJobName);

    expect(silent).toEqual([]);
  });

  test("no job reports classification and regression metrics", () => {
    const mixed = namesWhere(fleet, (job) => {
      const kinds = new Set((job.FinalMetricDataList ?? []).map((metric) => metricKind(metric.MetricName ?? "")));
      return kinds.has("classification") && kinds.has("regression");
    });

    expect(mixed).toEqual([]);
  });

  test("final metrics are defined", () => {
    const undefinedMetrics = namesWhere(fleet, (job) => {
      const defined = new Set((job.AlgorithmSpecification?.MetricDefinitions ?? []).map((definition) => definition.Name));
      return job.AlgorithmSpecification?.MetricDefinitions !== undefined && (job.FinalMetricDataList ?? []).some((metric) => !defined.has(metric.MetricName));
    });

    expect(undefinedMetrics).toEqual([]);
  });

  test("networks train in epochs", () => {
    const networks = stated.filter((entry) => MODEL_FACTS[statedModel(entry) ?? ""]?.neural === true && DEEP_LEARNING_IMAGE.test(codeOf(entry.job)));
    const wrong = networks.filter((entry) => entry.job.HyperParameters?.epochs === undefined || entry.job.HyperParameters.learning_rate === undefined).map((entry) => entry.job.TrainingJobName);

    expect(networks.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test("deep learning images get no tree parameters", () => {
    const wrong = namesWhere(fleet, (job) => DEEP_LEARNING_IMAGE.test(codeOf(job)) && TREE_PARAMETERS.some((key) => job.HyperParameters?.[key] !== undefined));

    expect(wrong).toEqual([]);
  });

  test("scikit-learn jobs run no epochs", () => {
    expect(namesWhere(fleet, (job) => codeOf(job).includes("/sagemaker-scikit-learn:") && job.HyperParameters?.epochs !== undefined)).toEqual([]);
  });

  test("Hugging Face jobs load their model", () => {
    const wrong = stated
      .filter((entry) => HUB_IDS[statedModel(entry) ?? ""] !== undefined)
      .filter((entry) => !HUB_IDS[statedModel(entry) ?? ""].test(entry.job.HyperParameters?.model_name_or_path ?? ""))
      .map((entry) => `${entry.job.TrainingJobName}: ${entry.job.HyperParameters?.model_name_or_path}`);

    expect(wrong).toEqual([]);
  });
});

describe.each([
  ["default seed, 400 jobs", 400, undefined],
  ["seed 7, 3000 jobs", 3000, 7],
])("fleet tag consistency (%s)", (_label, size, seed) => {
  const fleet = fleetOf(size, seed);

  test("dataset version tag matches the input", () => {
    const versioned = fleet.filter(({ tags }) => tags.some((tag) => tag.Key === "dataset-version"));
    const wrong = namesWhere(versioned, (job, tags) => {
      const version = tags.find((tag) => tag.Key === "dataset-version")?.Value ?? "";
      return !s3Sources(job).some((source) => (source?.S3Uri ?? "").includes(`/${version}/`));
    });

    expect(versioned.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test("AutoML candidates carry no model tag", () => {
    expect(namesWhere(fleet, (job, tags) => job.AutoMLJobArn !== undefined && tags.some((tag) => tag.Key === "model"))).toEqual([]);
  });

  test("tuning siblings train one model", () => {
    const models = new Map<string, Set<string>>();
    for (const { job } of fleet.filter(({ job }) => job.TuningJobArn !== undefined)) {
      const key = job.TuningJobArn ?? "";
      models.set(key, (models.get(key) ?? new Set()).add(`${codeOf(job).split(":")[0]} ${job.HyperParameters?.model_name_or_path ?? ""}`));
    }

    expect([...models].filter(([, variants]) => variants.size > 1).map(([arn]) => arn)).toEqual([]);
  });
});
