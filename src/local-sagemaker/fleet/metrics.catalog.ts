import type { AlgorithmId } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";

/** A MetricDefinition as it travels on the wire. */
export type MetricDefinition = { Name: string; Regex: string };

/** The metrics of one job: the definitions SageMaker scrapes logs with, and the names it ends up reporting. */
export type MetricSelection = {
  definitions: MetricDefinition[];
  finalNames: string[];
};

const NUMBER = "([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)";

const XGBOOST_METRICS = ["accuracy", "auc", "aucpr", "error", "f1", "logloss", "mae", "map", "merror", "mlogloss", "mse", "ndcg", "rmse"];

const XGBOOST_FINAL_BY_OBJECTIVE: Readonly<Record<string, string[]>> = {
  "binary:logistic": ["train:auc", "validation:auc", "train:logloss", "validation:logloss", "validation:error"],
  "reg:squarederror": ["train:rmse", "validation:rmse", "validation:mae"],
  "multi:softprob": ["train:mlogloss", "validation:mlogloss", "validation:merror"],
};

/** Linear learner and factorization machines metrics, with the log tag they are printed under. */
const LINEAR_METRICS: readonly (readonly [string, "loss" | "score"])[] = [
  ["objective_loss", "loss"],
  ["binary_classification_accuracy", "score"],
  ["binary_f_beta", "score"],
  ["precision", "score"],
  ["recall", "score"],
  ["roc_auc_score", "score"],
  ["mse", "loss"],
  ["absolute_loss", "loss"],
];

const USER_METRIC_SETS: Readonly<Partial<Record<AlgorithmId, readonly MetricDefinition[][]>>> = {
  pytorch: [
    [user("train:loss", "train_loss=([0-9\\.]+)"), user("validation:loss", "val_loss=([0-9\\.]+)"), user("validation:accuracy", "val_acc=([0-9\\.]+)")],
    [user("train:loss", "train_loss=([0-9\\.]+)"), user("validation:auc", "val_auc=([0-9\\.]+)"), user("validation:f1", "val_f1=([0-9\\.]+)")],
    [user("train:loss", "train_loss=([0-9\\.]+)"), user("validation:ndcg", "ndcg@10=([0-9\\.]+)")],
  ],
  tensorflow: [
    [user("train:loss", " loss: ([0-9\\.]+)"), user("train:accuracy", " accuracy: ([0-9\\.]+)"), user("validation:loss", "val_loss: ([0-9\\.]+)"), user("validation:accuracy", "val_accuracy: ([0-9\\.]+)")],
    [user("train:loss", " loss: ([0-9\\.]+)"), user("validation:rmse", "val_root_mean_squared_error: ([0-9\\.]+)")],
  ],
  huggingface: [["loss", "eval_loss", "eval_accuracy", "eval_f1", "eval_runtime", "epoch"].map((name) => user(name, `'${name}': ([0-9]+(.|e\\-)[0-9]+),?`))],
  sklearn: [
    [user("validation:rmse", "RMSE: ([0-9\\.]+)"), user("validation:r2", "R2: ([0-9\\.]+)")],
    [user("validation:auc", "AUC: ([0-9\\.]+)"), user("validation:accuracy", "Accuracy: ([0-9\\.]+)")],
  ],
  byoc: [[], [user("train:loss", "loss=([0-9\\.]+)"), user("validation:rmse", "val_rmse=([0-9\\.]+)")], [user("validation:auc", "validation auc: ([0-9\\.]+)")]],
  marketplace: [[user("validation:accuracy", "accuracy: ([0-9\\.]+)"), user("validation:auc", "roc_auc: ([0-9\\.]+)")]],
  "algorithm-resource": [[user("train:loss", "train-loss: ([0-9\\.]+)"), user("validation:ndcg", "valid-ndcg@10: ([0-9\\.]+)")]],
};

/**
 * Chooses the metrics of a job. Built-in algorithms get the full list that the
 * service fills in and report the subset that their objective or predictor
 * type produces. Script-mode and custom jobs get one user-defined set.
 * Serverless jobs have no definitions but still report metrics.
 */
export function selectMetrics(algorithm: AlgorithmId, hyperParameters: Record<string, string>, rng: SeededRandom): MetricSelection {
  switch (algorithm) {
    case "xgboost":
      return {
        definitions: ["train", "validation"].flatMap((split) =>
          XGBOOST_METRICS.map((metric) => ({ Name: `${split}:${metric}`, Regex: `.*\\[[0-9]+\\].*#011${split}-${metric}:${NUMBER}.*` })),
        ),
        finalNames: XGBOOST_FINAL_BY_OBJECTIVE[hyperParameters.objective] ?? XGBOOST_FINAL_BY_OBJECTIVE["reg:squarederror"],
      };
    case "linear-learner":
    case "factorization-machines":
      return linearMetrics(hyperParameters.predictor_type === "regressor");
    case "kmeans":
      return {
        definitions: [
          qualityMetric("test", "msd", "loss"),
          qualityMetric("test", "ssd", "loss"),
          qualityMetric("train", "msd", "loss"),
          progressMetric(),
          { Name: "train:throughput", Regex: "#throughput_metric: host=\\S+, train throughput=(\\S+) records/second" },
        ],
        finalNames: ["test:msd", "test:ssd", "train:msd"],
      };
    case "blazingtext":
      return {
        definitions: [
          { Name: "train:accuracy", Regex: "#train_accuracy: (\\S+)" },
          { Name: "validation:accuracy", Regex: "#validation_accuracy: (\\S+)" },
          { Name: "train:mean_rho", Regex: "#mean_rho: (\\S+)" },
        ],
        finalNames: ["train:accuracy", "validation:accuracy"],
      };
    case "image-classification":
      return {
        definitions: [
          { Name: "train:accuracy", Regex: `Epoch\\[\\d+\\] Train-accuracy=${NUMBER}` },
          { Name: "validation:accuracy", Regex: `Epoch\\[\\d+\\] Validation-accuracy=${NUMBER}` },
          { Name: "train:accuracy:epoch", Regex: `Epoch\\[\\d+\\] Train-accuracy=${NUMBER}` },
          { Name: "validation:accuracy:epoch", Regex: `Epoch\\[\\d+\\] Validation-accuracy=${NUMBER}` },
        ],
        finalNames: ["train:accuracy", "validation:accuracy"],
      };
    case "llm-fine-tuning":
      return { definitions: [], finalNames: ["train_loss", "eval_loss"] };
    case "llm-evaluation":
      return { definitions: [], finalNames: ["eval_accuracy", "judge_score", "rougeL"] };
    default: {
      const definitions = rng.pick(USER_METRIC_SETS[algorithm] ?? [[]]);
      return { definitions, finalNames: definitions.map((definition) => definition.Name) };
    }
  }
}

function linearMetrics(regressor: boolean): MetricSelection {
  const definitions = ["train", "validation", "test"].flatMap((split) =>
    LINEAR_METRICS.map(([metric, kind]) => qualityMetric(split, metric, kind)),
  );
  definitions.push(progressMetric());
  const finalNames = regressor
    ? ["validation:objective_loss", "validation:mse", "test:mse", "test:absolute_loss"]
    : ["validation:objective_loss", "validation:binary_classification_accuracy", "validation:roc_auc_score", "test:binary_f_beta", "test:precision", "test:recall"];
  return { definitions, finalNames };
}

function qualityMetric(split: string, metric: string, kind: "loss" | "score"): MetricDefinition {
  return { Name: `${split}:${metric}`, Regex: `#quality_metric: host=\\S+, ${split} ${metric} <${kind}>=(\\S+)` };
}

function progressMetric(): MetricDefinition {
  return { Name: "train:progress", Regex: "#progress_metric: host=\\S+, completed (\\S+) %" };
}

function user(name: string, regex: string): MetricDefinition {
  return { Name: name, Regex: regex };
}
