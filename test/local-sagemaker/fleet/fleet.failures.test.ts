import { describe, expect, test } from "vitest";

import type { FailureFacts } from "../../../src/local-sagemaker/fleet/failures.js";
import { failureTemplates } from "../../../src/local-sagemaker/fleet/failures.js";
import { SeededRandom } from "../../../src/local-sagemaker/fleet/random.js";
import type { FleetJob } from "./fleet.fixture.js";
import { fleetOf } from "./fleet.fixture.js";
import { codeOf } from "./fleet.models.js";

/** Instance families with NVIDIA GPUs, the only ones where CUDA can run out of memory. */
const NVIDIA = /^ml\.(p3|p4d|p4de|p5|p6e-gb200|g4dn|g5|g6|g6e)\./;
const TRAINIUM = /^ml\.trn\d\./;
const CUDA_TEXT = /CUDA|cuda|\bGPU/;
const NEURON_TEXT = /Neuron|torch_xla/;

/** Libraries a failure message can name, found by the paths and class names their errors print. */
const LIBRARIES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ["xgboost", /xgboost/i],
  ["torch", /\btorch\b|\btorch[._/]/],
  ["tensorflow", /tensorflow|keras/i],
  ["sklearn", /sklearn|scikit/i],
  ["transformers", /\/transformers\//],
  ["datasets", /\/datasets\//],
  ["mxnet", /mxnet/i],
  ["neuron", NEURON_TEXT],
];

/** Libraries each image contains. The first matching image wins, and code outside the list contains none of them. */
const IMAGE_LIBRARIES: readonly (readonly [image: RegExp, libraries: readonly string[]])[] = [
  [/\/sagemaker-xgboost:/, ["xgboost"]],
  [/\/sagemaker-scikit-learn:/, ["sklearn"]],
  [/\/pytorch-training-neuronx:/, ["torch", "neuron"]],
  [/\/huggingface-pytorch-training:/, ["torch", "transformers", "datasets"]],
  [/\/pytorch-training:/, ["torch"]],
  [/\/tensorflow-training:/, ["tensorflow"]],
  [/\/image-classification:/, ["mxnet"]],
];

/** Package folders that a script's traceback passes through, by image. */
const SCRIPT_PACKAGES: readonly (readonly [image: RegExp, packages: RegExp])[] = [
  [/\/sagemaker-scikit-learn:/, /site-packages\/(sklearn|pandas)\//],
  [/\/tensorflow-training:/, /site-packages\/(tensorflow|keras)\//],
  [/\/huggingface-pytorch-training:/, /site-packages\/(transformers|datasets|torch)\//],
  [/\/pytorch-training(-neuronx)?:/, /site-packages\/torch(_xla)?\//],
];

/** A failure message with the instance type and code of the job it belongs to. */
type Failure = { label: string; reason: string; instanceType: string; code: string; stage: string };

/** Returns the libraries a message names that the job's code does not hold. The image name itself is left out, since pull errors quote it. */
function foreignLibraries({ reason, code }: Failure): string[] {
  const text = code === "" ? reason : reason.replaceAll(code, "");
  const allowed = IMAGE_LIBRARIES.find(([image]) => image.test(code))?.[1] ?? [];
  return LIBRARIES.filter(([name, pattern]) => !allowed.includes(name) && pattern.test(text)).map(([name]) => name);
}

function checkFailures(failures: () => readonly Failure[]): void {
  test("no CUDA text off NVIDIA instances", () => {
    expect(failures().filter((failure) => !NVIDIA.test(failure.instanceType) && CUDA_TEXT.test(failure.reason)).map((failure) => failure.label)).toEqual([]);
  });

  test("no Neuron text off Trainium instances", () => {
    expect(failures().filter((failure) => !TRAINIUM.test(failure.instanceType) && NEURON_TEXT.test(failure.reason)).map((failure) => failure.label)).toEqual([]);
  });

  test("messages name only the job's libraries", () => {
    const foreign = failures()
      .map((failure) => [failure.label, foreignLibraries(failure).join(",")])
      .filter(([, libraries]) => libraries !== "");

    expect(foreign).toEqual([]);
  });

  test("script errors trace through the framework", () => {
    const scripts = failures().filter((failure) => failure.reason.includes("ExecuteUserScriptError"));
    const untraced = scripts.filter((failure) => {
      const packages = SCRIPT_PACKAGES.find(([image]) => image.test(failure.code))?.[1];
      return packages === undefined || !failure.reason.includes("Traceback (most recent call last):") || !packages.test(failure.reason);
    });

    expect(scripts.length).toBeGreaterThan(0);
    expect(untraced.map((failure) => failure.label)).toEqual([]);
  });

  test("only script-mode images report script errors", () => {
    const wrong = failures().filter((failure) => failure.reason.includes("ExecuteUserScriptError") && SCRIPT_PACKAGES.every(([image]) => !image.test(failure.code)));

    expect(wrong.map((failure) => failure.label)).toEqual([]);
  });

  test("own images fail without tracebacks", () => {
    const ownImages = failures().filter((failure) => /^(\d{12}\.dkr\.ecr\.[\w-]+\.amazonaws\.com\/(?!sagemaker-|pytorch|tensorflow|huggingface|kmeans|linear|factorization|blazingtext|image-classification)|registry\.)/.test(failure.code));

    expect(ownImages.length).toBeGreaterThan(0);
    expect(ownImages.filter((failure) => failure.reason.includes("site-packages")).map((failure) => failure.label)).toEqual([]);
  });

  test("memory errors on CPU instances name the host", () => {
    const cpu = failures().filter((failure) => failure.instanceType !== "" && !NVIDIA.test(failure.instanceType) && !TRAINIUM.test(failure.instanceType) && /out of memory|OutOfMemory/i.test(failure.reason));

    expect(cpu.filter((failure) => !failure.reason.includes(failure.instanceType)).map((failure) => failure.label)).toEqual([]);
  });
}

describe.each([
  ["default seed, 400 jobs", 400, undefined],
  ["seed 7, 3000 jobs", 3000, 7],
])("fleet failure reasons (%s)", (_label, size, seed) => {
  const failed = fleetOf(size, seed)
    .map(({ job }) => job)
    .filter((job): job is FleetJob & { FailureReason: string } => job.FailureReason !== undefined);
  const failures = failed.map((job) => ({
    label: job.TrainingJobName ?? "",
    reason: job.FailureReason,
    instanceType: job.ResourceConfig?.InstanceType ?? job.ResourceConfig?.InstanceGroups?.find((group) => group.InstanceGroupName === "trainers")?.InstanceType ?? "",
    code: codeOf(job),
    stage: "",
  }));

  checkFailures(() => failures);

  test("script commands pass the job's epochs", () => {
    const scripts = failed.filter((job) => job.FailureReason.includes("ExecuteUserScriptError") && job.HyperParameters?.epochs !== undefined);

    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((job) => !job.FailureReason.includes(` --epochs ${job.HyperParameters?.epochs} `)).map((job) => job.TrainingJobName)).toEqual([]);
  });
});

const ECR = "111122223333.dkr.ecr.us-east-1.amazonaws.com";
const DLC = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
const S3_INPUT = { kind: "s3", location: "s3://ml-datasets-111122223333/churn-prediction/subscriber-activity/v3/train/" } as const;

/** One job shape per row: algorithm, model, project, image and hyperparameters, tried on each listed instance type. */
const JOB_SHAPES: readonly (Omit<FailureFacts, "stage" | "instanceType" | "roleArn" | "input" | "nonAscii"> & { instanceTypes: readonly string[] })[] = [
  { algorithm: "xgboost", model: "xgboost", project: "fraud-detection", image: `${ECR}/sagemaker-xgboost:1.7-1`, hyperParameters: { objective: "binary:logistic" }, instanceTypes: ["ml.m5.xlarge", "ml.c5.2xlarge"] },
  { algorithm: "xgboost", model: "xgboost", project: "demand-forecast", image: `${ECR}/sagemaker-xgboost:1.7-1`, hyperParameters: { objective: "reg:squarederror" }, instanceTypes: ["ml.m5.4xlarge"] },
  { algorithm: "linear-learner", model: "linear-learner", project: "churn-prediction", image: `${ECR}/linear-learner:1`, hyperParameters: { predictor_type: "binary_classifier", feature_dim: "212" }, instanceTypes: ["ml.m5.xlarge"] },
  { algorithm: "kmeans", model: "kmeans", project: "customer-segments", image: `${ECR}/kmeans:1`, hyperParameters: { feature_dim: "40", k: "8" }, instanceTypes: ["ml.c5.xlarge"] },
  { algorithm: "factorization-machines", model: "factorization-machines", project: "search-ranking", image: `${ECR}/factorization-machines:1`, hyperParameters: { feature_dim: "90000" }, instanceTypes: ["ml.m5.2xlarge"] },
  { algorithm: "blazingtext", model: "blazingtext", project: "review-insights", image: `${ECR}/blazingtext:1`, hyperParameters: { mode: "supervised" }, instanceTypes: ["ml.p3.2xlarge"] },
  { algorithm: "image-classification", model: "image-classification", project: "visual-inspection", image: `${ECR}/image-classification:1`, hyperParameters: { mini_batch_size: "64" }, instanceTypes: ["ml.g5.2xlarge", "ml.p3.2xlarge"] },
  { algorithm: "pytorch", model: "tabular-mlp", project: "fraud-detection", image: `${DLC}/pytorch-training:2.3.0-cpu-py311-ubuntu20.04-sagemaker`, hyperParameters: { epochs: "12", sagemaker_program: '"train.py"' }, instanceTypes: ["ml.m5.xlarge", "ml.m5.4xlarge"] },
  { algorithm: "pytorch", model: "resnet50", project: "visual-inspection", image: `${DLC}/pytorch-training:2.5.1-gpu-py311-cu124-ubuntu22.04-sagemaker`, hyperParameters: { epochs: "30", batch_size: "64" }, instanceTypes: ["ml.g5.2xlarge", "ml.p4d.24xlarge"] },
  { algorithm: "pytorch", model: "lstm-forecast", project: "demand-forecast", image: `${DLC}/pytorch-training-neuronx:2.1.2-neuronx-py310-sdk2.20.0-ubuntu20.04`, hyperParameters: { epochs: "20" }, instanceTypes: ["ml.trn1.32xlarge"] },
  { algorithm: "tensorflow", model: "lstm-forecast", project: "demand-forecast", image: `${DLC}/tensorflow-training:2.16.2-cpu-py310-ubuntu20.04-sagemaker`, hyperParameters: { epochs: "40" }, instanceTypes: ["ml.c5.4xlarge"] },
  { algorithm: "tensorflow", model: "resnet50", project: "visual-inspection", image: `${DLC}/tensorflow-training:2.16.2-gpu-py310-cu123-ubuntu20.04-sagemaker`, hyperParameters: { epochs: "40" }, instanceTypes: ["ml.g4dn.xlarge"] },
  { algorithm: "tensorflow", model: "two-tower", project: "search-ranking", image: `${DLC}/tensorflow-training:2.16.2-cpu-py310-ubuntu20.04-sagemaker`, hyperParameters: { epochs: "10" }, instanceTypes: ["ml.m5.2xlarge"] },
  { algorithm: "huggingface", model: "roberta-base", project: "review-insights", image: `${DLC}/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04`, hyperParameters: { epochs: "3" }, instanceTypes: ["ml.g5.xlarge"] },
  { algorithm: "huggingface", model: "llama-3-8b-lora", project: "support-assistant", image: `${DLC}/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04`, hyperParameters: { model_name_or_path: '"meta-llama/Meta-Llama-3-8B"' }, instanceTypes: ["ml.p4d.24xlarge"] },
  { algorithm: "sklearn", model: "random-forest", project: "churn-prediction", image: `${ECR}/sagemaker-scikit-learn:1.2-1-cpu-py3`, hyperParameters: { n_estimators: "300" }, instanceTypes: ["ml.m5.xlarge", "ml.m5.4xlarge"] },
  { algorithm: "sklearn", model: "automl-preprocessing", project: "fraud-detection", image: `${ECR}/sagemaker-scikit-learn:1.2-1-cpu-py3`, hyperParameters: {}, instanceTypes: ["ml.m5.2xlarge"] },
  { algorithm: "byoc", model: "lightgbm", project: "fraud-detection", image: `${ECR}/ml-trainers/lightgbm:latest`, hyperParameters: { num_leaves: "63" }, instanceTypes: ["ml.m5.xlarge"] },
  { algorithm: "byoc", model: "yolo-defects", project: "visual-inspection", image: `${ECR}/vision/yolo-defects-train:1.4.2`, hyperParameters: {}, instanceTypes: ["ml.g5.2xlarge"] },
  { algorithm: "marketplace", model: "autogluon-tabular", project: "churn-prediction", image: "", algorithmName: "arn:aws:sagemaker:us-east-1:594180270386:algorithm/autogluon-tabular-v1-3", hyperParameters: { label: "churned" }, instanceTypes: ["ml.m5.4xlarge"] },
  { algorithm: "algorithm-resource", model: "ranking-gbm", project: "search-ranking", image: "", algorithmName: "ranking-gbm-v3", hyperParameters: {}, instanceTypes: ["ml.c5.2xlarge"] },
  { algorithm: "llm-fine-tuning", model: "mistral-7b-instruct", project: "support-assistant", image: "", hyperParameters: { epoch_count: "3" }, instanceTypes: [""] },
  { algorithm: "llm-evaluation", model: "llama-3-1-8b-instruct", project: "support-assistant", image: "", hyperParameters: {}, instanceTypes: [""] },
];

const INPUTS: readonly FailureFacts["input"][] = [
  S3_INPUT,
  { kind: "fsx", location: "/abcd1234/churn-prediction/train", fileSystemId: "fs-0123456789abcdef0" },
  { kind: "efs", location: "/churn-prediction/train", fileSystemId: "fs-01234567" },
  { kind: "dataset", location: "arn:aws:sagemaker:us-east-1:111122223333:hub-content/support-assistant-hub/DataSet/train-conversations/1.0.2" },
];

describe("failure templates", () => {
  const rng = new SeededRandom(5);
  const failures: Failure[] = [];
  for (const { instanceTypes, ...shape } of JOB_SHAPES) {
    for (const instanceType of instanceTypes) {
      for (const stage of ["starting", "downloading", "training"] as const) {
        for (const input of stage === "downloading" ? INPUTS : [S3_INPUT]) {
          const facts: FailureFacts = { ...shape, stage, instanceType, input, roleArn: "arn:aws:iam::111122223333:role/ml-training", nonAscii: false };
          failureTemplates(facts).forEach((template, index) => {
            const label = `${shape.algorithm}/${shape.model} on ${instanceType || "serverless"}, ${stage} ${input.kind} #${index}`;
            failures.push({ label, reason: template(facts, rng), instanceType, code: shape.image || (shape.algorithmName ?? ""), stage });
          });
        }
      }
    }
  }

  checkFailures(() => failures);

  test("serverless capacity errors name no instance", () => {
    expect(failures.filter((failure) => failure.instanceType === "" && /instance type/.test(failure.reason)).map((failure) => failure.label)).toEqual([]);
  });

  test("file-system inputs fail to mount", () => {
    const mounts = failures.filter((failure) => failure.stage === "downloading" && failure.label.includes(" fsx "));

    expect(mounts.length).toBeGreaterThan(0);
    expect(mounts.filter((failure) => !failure.reason.includes("TCP 988")).map((failure) => failure.label)).toEqual([]);
  });

  test("CPU script jobs can run out of host memory", () => {
    const cpuScripts = failures.filter((failure) => failure.stage === "training" && failure.instanceType === "ml.m5.xlarge" && failure.code.includes("/pytorch-training:"));

    expect(cpuScripts.some((failure) => failure.reason.startsWith("OutOfMemoryError: "))).toBe(true);
  });

  test("GPU script jobs can run out of CUDA memory", () => {
    const gpuScripts = failures.filter((failure) => failure.stage === "training" && failure.instanceType === "ml.g5.2xlarge" && failure.code.includes("/pytorch-training:"));

    expect(gpuScripts.some((failure) => failure.reason.includes("CUDA out of memory") && failure.reason.includes("22.19 GiB"))).toBe(true);
  });
});
