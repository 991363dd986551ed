import type { AlgorithmId } from "./fleet.types.js";
import { userMetrics } from "./metrics.user.js";
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

/**
 * Chooses the metrics of a job. Built-in algorithms get the full list that the
 * service fills in and report the subset that their objective, evaluation
 * metrics or predictor type produces. Script-mode and custom jobs get a
 * user-defined set for the task of their model. Serverless jobs have no
 * definitions but still report metrics.
 */
export function selectMetrics(algorithm: AlgorithmId, model: string, hyperParameters: Record<string, string>, rng: SeededRandom): MetricSelection {
  switch (algorithm) {
    case "xgboost":
      return {
        definitions: ["train", "validation"].flatMap((split) =>
          XGBOOST_METRICS.map((metric) => ({ Name: `${split}:${metric}`, Regex: `.*\\[[0-9]+\\].*#011${split}-${metric}:${NUMBER}.*` })),
        ),
        finalNames: (hyperParameters.eval_metric ?? "rmse").split(",").flatMap((metric) => [`train:${metric}`, `validation:${metric}`]),
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
      const definitions = userMetrics(algorithm, model, rng);
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
