import { ALGORITHMS } from "./algorithms.js";
import type { AlgorithmId, FleetContext } from "./fleet.types.js";
import { decimal, drawModelValues } from "./hyperparameters.models.js";
import type { SeededRandom } from "./random.js";

/** Job facts that the hyperparameters depend on besides the algorithm. */
export type HyperParameterInput = {
  /** The model the job trains, which decides the values its code reads. */
  model: string;
  jobName: string;
  project: string;
  instanceType: string;
  instanceCount: number;
  nonAscii: boolean;
};

const NON_ASCII_NOTES = ["Modèle de référence — jeu de données nettoyé", "基线模型，第二轮", "再学習テスト 🚀", "Überarbeitete Merkmale für Q3"];

/**
 * Draws the HyperParameters map of a job. Values are strings as on the wire.
 * Script-mode jobs carry the `sagemaker_*` entries the SageMaker Python SDK
 * adds, JSON-encoded, so string values arrive wrapped in double quotes.
 * Only code that reads its own parameters gets a free-text `run_note`,
 * because built-in algorithms and algorithm resources reject unknown names.
 */
export function drawHyperParameters(
  algorithm: AlgorithmId,
  input: HyperParameterInput,
  context: FleetContext,
  rng: SeededRandom,
): Record<string, string> {
  const family = ALGORITHMS[algorithm].family;
  const values = family === "builtin" || family === "serverless" ? drawBuiltInValues(algorithm, input, rng) : drawModelValues(algorithm, input.model, rng);
  if (family === "framework") {
    Object.assign(values, scriptModeEntries(algorithm, input, context, rng));
  }
  if (input.nonAscii && (family === "framework" || algorithm === "byoc")) {
    values.run_note = algorithm === "byoc" ? rng.pick(NON_ASCII_NOTES) : JSON.stringify(rng.pick(NON_ASCII_NOTES));
  }
  return values;
}

/** Draws the values of a built-in algorithm or a serverless job, which AWS code validates. */
function drawBuiltInValues(algorithm: AlgorithmId, input: HyperParameterInput, rng: SeededRandom): Record<string, string> {
  switch (algorithm) {
    case "xgboost":
      return xgboostValues(input.project, rng);
    case "linear-learner":
      return {
        predictor_type: input.project === "demand-forecast" ? "regressor" : "binary_classifier",
        feature_dim: String(rng.int(20, 400)),
        mini_batch_size: String(rng.pick([100, 200, 500, 1000])),
        epochs: String(rng.int(10, 30)),
        learning_rate: rng.pick(["auto", "0.01", "0.005"]),
        wd: decimal(rng.float(0, 0.01), 4),
        normalize_data: "true",
      };
    case "factorization-machines":
      return {
        predictor_type: input.project === "search-ranking" ? "binary_classifier" : "regressor",
        feature_dim: String(rng.int(10_000, 200_000)),
        num_factors: String(rng.pick([16, 32, 64])),
        epochs: String(rng.int(5, 50)),
        mini_batch_size: String(rng.pick([200, 500, 1000])),
        bias_lr: "0.02",
      };
    case "kmeans":
      return {
        k: String(rng.int(4, 20)),
        feature_dim: String(rng.int(10, 60)),
        mini_batch_size: String(rng.pick([500, 1000, 5000])),
        init_method: "kmeans++",
        epochs: String(rng.int(1, 10)),
      };
    case "blazingtext":
      return {
        mode: "supervised",
        epochs: String(rng.int(5, 20)),
        learning_rate: decimal(rng.float(0.01, 0.1), 3),
        word_ngrams: String(rng.int(1, 3)),
        vector_dim: "100",
        early_stopping: "True",
        patience: "4",
        min_count: "2",
      };
    case "image-classification":
      return {
        num_classes: String(rng.int(2, 12)),
        num_training_samples: String(rng.int(2000, 80_000)),
        epochs: String(rng.int(10, 60)),
        learning_rate: decimal(rng.logUniform(0.001, 0.1), 4),
        mini_batch_size: String(rng.pick([32, 64, 128])),
        image_shape: "3,224,224",
        use_pretrained_model: "1",
        augmentation_type: "crop_color_transform",
      };
    case "llm-fine-tuning":
      return { epoch_count: String(rng.int(1, 5)), learning_rate: rng.pick(["0.0001", "0.0002", "5e-05"]), lora_rank: String(rng.pick([8, 16, 64])), lora_alpha: "32", batch_size: String(rng.pick([4, 8, 16])) };
    case "llm-evaluation":
      return { max_new_tokens: String(rng.pick([256, 512, 1024])), temperature: "0.0", top_p: "1.0" };
    default:
      throw new RangeError(`Algorithm "${algorithm}" is not built in: draw its values with drawModelValues.`);
  }
}

/**
 * Values of `eval_metric` for each objective the fleet uses. The SageMaker
 * XGBoost container reads it as a comma-separated list and reports each
 * metric on the train and validation channels.
 */
const XGBOOST_EVAL_METRICS: Readonly<Record<string, readonly string[]>> = {
  "binary:logistic": ["auc", "auc,logloss", "auc,logloss,error"],
  "multi:softprob": ["mlogloss", "mlogloss,merror"],
  "reg:squarederror": ["rmse", "rmse,mae"],
};

function xgboostValues(project: string, rng: SeededRandom): Record<string, string> {
  const objective =
    project === "demand-forecast"
      ? "reg:squarederror"
      : rng.weighted([["binary:logistic", 8], ["multi:softprob", 1], ["reg:squarederror", 1]] as const);
  const values: Record<string, string> = {
    objective,
    num_round: String(rng.int(50, 500)),
    eta: rng.pick(["0.05", "0.1", "0.2", "0.3"]),
    max_depth: String(rng.int(3, 10)),
    subsample: decimal(rng.float(0.6, 1), 2),
    min_child_weight: String(rng.int(1, 10)),
    eval_metric: rng.pick(XGBOOST_EVAL_METRICS[objective]),
  };
  if (objective === "multi:softprob") {
    values.num_class = String(rng.int(3, 8));
  }
  if (rng.chance(0.5)) {
    values.early_stopping_rounds = "10";
  }
  return values;
}

function scriptModeEntries(algorithm: AlgorithmId, input: HyperParameterInput, context: FleetContext, rng: SeededRandom): Record<string, string> {
  const sourceBucket = `s3://sagemaker-${context.region}-${context.accountId}`;
  const entries: Record<string, string> = {
    sagemaker_container_log_level: "20",
    sagemaker_job_name: JSON.stringify(input.jobName),
    sagemaker_program: JSON.stringify(input.model === "automl-preprocessing" ? "dpp.py" : rng.pick(["train.py", "train.py", "main.py", `train_${input.model.replaceAll("-", "_")}.py`])),
    sagemaker_region: JSON.stringify(context.region),
    sagemaker_submit_directory: JSON.stringify(`${sourceBucket}/${input.jobName}/source/sourcedir.tar.gz`),
  };
  if (algorithm === "tensorflow") {
    entries.model_dir = JSON.stringify(`${sourceBucket}/${input.jobName}/model`);
  }
  if (input.instanceCount > 1 && algorithm !== "sklearn") {
    const strategy = algorithm === "tensorflow" ? "sagemaker_multi_worker_mirrored_strategy_enabled" : "sagemaker_torch_distributed_enabled";
    entries[strategy] = "true";
    entries.sagemaker_instance_type = JSON.stringify(input.instanceType);
  }
  return entries;
}

/** Hyperparameters that tuning jobs of each algorithm search over, with the range drawn from. */
export function drawTunedValues(algorithm: AlgorithmId, rng: SeededRandom): Record<string, string> {
  switch (algorithm) {
    case "xgboost":
      return { eta: decimal(rng.logUniform(0.01, 0.5), 4), max_depth: String(rng.int(3, 12)), subsample: decimal(rng.float(0.5, 1), 4), alpha: decimal(rng.logUniform(0.001, 10), 4) };
    case "linear-learner":
      return { learning_rate: decimal(rng.logUniform(0.0001, 0.1), 5), wd: decimal(rng.logUniform(0.0000001, 0.01), 8), l1: decimal(rng.logUniform(0.0000001, 0.01), 8) };
    case "huggingface":
      return { learning_rate: decimal(rng.logUniform(0.00001, 0.0001), 7), warmup_steps: String(rng.int(0, 1000)) };
    default:
      return { learning_rate: decimal(rng.logUniform(0.0001, 0.05), 6), batch_size: String(rng.pick([64, 128, 256, 512])), dropout: decimal(rng.float(0.05, 0.5), 3) };
  }
}
