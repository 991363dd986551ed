import type { AlgorithmId } from "./fleet.types.js";
import type { MetricDefinition } from "./metrics.catalog.js";
import type { ModelTask } from "./models.js";
import { modelTask } from "./models.js";
import type { SeededRandom } from "./random.js";

/** Metric sets that training code of each task reports, one of which a job defines. */
const TASK_METRICS: Readonly<Record<ModelTask, readonly (readonly string[])[]>> = {
  classification: [
    ["train:loss", "validation:loss", "validation:auc", "validation:accuracy"],
    ["train:loss", "validation:auc", "validation:f1"],
  ],
  forecasting: [
    ["train:loss", "validation:rmse", "validation:mape"],
    ["train:loss", "validation:rmse", "validation:mae"],
  ],
  ranking: [
    ["train:loss", "validation:ndcg"],
    ["train:loss", "validation:ndcg", "validation:map"],
  ],
  "image-classification": [
    ["train:loss", "train:accuracy", "validation:loss", "validation:accuracy"],
    ["train:loss", "validation:loss", "validation:accuracy"],
  ],
  "object-detection": [["train:loss", "validation:mAP50", "validation:precision", "validation:recall"]],
  "text-classification": [["loss", "eval_loss", "eval_accuracy", "eval_f1", "eval_runtime", "epoch"]],
  "text-generation": [["loss", "eval_loss", "eval_runtime", "epoch"]],
  preprocessing: [[]],
};

/** Names Keras prints for the measures the fleet uses, in `loss: 0.41 - val_auc: 0.88` progress lines. */
const KERAS_NAMES: Readonly<Record<string, string>> = {
  rmse: "root_mean_squared_error",
  mae: "mean_absolute_error",
  mape: "mean_absolute_percentage_error",
  f1: "f1_score",
};

/** Labels scikit-learn scripts commonly print before a score. */
const SKLEARN_LABELS: Readonly<Record<string, string>> = { auc: "AUC", accuracy: "Accuracy", f1: "F1", rmse: "RMSE", mae: "MAE", mape: "MAPE" };

/**
 * Returns the metric definitions a user wrote for a job training `model`:
 * the metrics of the model's task, with a regex in the log format of the
 * job's code. Tree ensembles and Prophet print no training loss, and a
 * third of own-image jobs define no metrics at all.
 */
export function userMetrics(algorithm: AlgorithmId, model: string, rng: SeededRandom): MetricDefinition[] {
  const task = modelTask(model);
  if (task === undefined || (algorithm === "byoc" && rng.chance(1 / 3))) {
    return [];
  }
  const reportsLoss = algorithm !== "sklearn" && algorithm !== "marketplace" && model !== "prophet";
  const names = rng.pick(TASK_METRICS[task]).filter((name) => reportsLoss || !name.endsWith(":loss"));
  return names.map((name) => ({ Name: name, Regex: logPattern(algorithm, name) }));
}

/** Builds the regex that finds metric `name` in the log lines of `algorithm`'s code. */
function logPattern(algorithm: AlgorithmId, name: string): string {
  const value = "([0-9\\.]+)";
  const [split, measure] = name.includes(":") ? name.split(":") : ["", name];
  switch (algorithm) {
    case "huggingface":
      return `'${name}': ([0-9]+(.|e\\-)[0-9]+),?`;
    case "pytorch":
      return `${split === "train" ? "train" : "val"}_${measure}=${value}`;
    case "tensorflow": {
      const keras = KERAS_NAMES[measure] ?? measure;
      return split === "train" ? ` ${keras}: ${value}` : `val_${keras}: ${value}`;
    }
    case "sklearn":
      return `${split} ${SKLEARN_LABELS[measure] ?? measure}: ${value}`;
    default:
      return `${split}-${measure}: ${value}`;
  }
}
