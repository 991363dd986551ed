import type { AlgorithmId } from "./fleet.types.js";
import { modelProfile } from "./models.js";
import type { SeededRandom } from "./random.js";

/**
 * Draws the hyperparameters that the code of a job training `model` reads:
 * a framework job's script, an own image, a marketplace listing or an
 * algorithm resource. Script-mode values pass through the SageMaker Python
 * SDK, which JSON-encodes strings, so their text values arrive in double
 * quotes. The other jobs receive what the caller sent, unquoted.
 */
export function drawModelValues(algorithm: AlgorithmId, model: string, rng: SeededRandom): Record<string, string> {
  const text = (value: string): string => (algorithm === "byoc" ? value : JSON.stringify(value));
  switch (algorithm) {
    case "pytorch":
      return { ...neuralValues(model, rng), optimizer: text(rng.pick(["adamw", "sgd"])), dropout: decimal(rng.float(0.1, 0.5), 2), ...architectureValues(model, text, rng) };
    case "tensorflow":
      return { ...neuralValues(model, rng), ...architectureValues(model, text, rng) };
    case "huggingface":
      return huggingFaceValues(model, rng);
    case "sklearn":
      return sklearnValues(model, text, rng);
    case "byoc":
      return rng.chance(0.3) ? {} : ownImageValues(model, text, rng);
    case "marketplace":
      return model === "timeseries-forecaster"
        ? { target: "units_sold", prediction_length: String(rng.pick([14, 28])), freq: "D", eval_metric: "RMSE", time_limit: String(rng.pick([1800, 3600])) }
        : { label: "churned", presets: "best_quality", eval_metric: "roc_auc", time_limit: String(rng.pick([1800, 3600])) };
    case "algorithm-resource":
      return { num_trees: String(rng.int(100, 600)), learning_rate: decimal(rng.float(0.02, 0.2), 3), max_leaf_nodes: String(rng.pick([32, 64, 128])) };
    default:
      throw new RangeError(`Algorithm "${algorithm}" is built in or serverless: draw its hyperparameters with drawHyperParameters.`);
  }
}

type Text = (value: string) => string;

/** Epochs, batch size and learning rate of a network; images and detection boxes need smaller batches than table rows. */
function neuralValues(model: string, rng: SeededRandom): Record<string, string> {
  const task = modelProfile(model)?.task;
  const batchSizes = task === "object-detection" ? [8, 16, 32] : task === "image-classification" ? [32, 64, 128] : [128, 256, 512, 1024];
  return {
    epochs: String(rng.int(5, 60)),
    batch_size: String(rng.pick(batchSizes)),
    learning_rate: decimal(rng.logUniform(0.0001, 0.01), 5),
  };
}

/** Layer sizes and inputs that name what the network is. */
function architectureValues(model: string, text: Text, rng: SeededRandom): Record<string, string> {
  switch (model) {
    case "tabular-mlp":
      return { hidden_dim: String(rng.pick([128, 256, 512])), num_layers: String(rng.int(2, 4)) };
    case "graphsage":
      return { hidden_channels: String(rng.pick([64, 128, 256])), num_layers: String(rng.int(2, 3)), fanout: text(rng.pick(["15,10", "25,10", "10,10,5"])) };
    case "wide-deep":
      return { embedding_dim: String(rng.pick([16, 32, 64])), deep_layers: text(rng.pick(["512,256,128", "256,128"])) };
    case "two-tower":
      return { embedding_dim: String(rng.pick([64, 128, 256])), num_negatives: String(rng.pick([4, 8, 16, 32])), temperature: "0.05" };
    case "tft":
      return { hidden_size: String(rng.pick([64, 128, 160])), attention_heads: "4", lookback_window: String(rng.pick([168, 336])), forecast_horizon: String(rng.pick([14, 28])) };
    case "lstm-forecast":
      return { hidden_size: String(rng.pick([64, 128, 256])), num_layers: String(rng.int(1, 3)), lookback_window: String(rng.pick([56, 112, 168])), forecast_horizon: String(rng.pick([7, 14, 28])) };
    case "resnet50":
    case "efficientnet-b0":
      return { image_size: "224", num_classes: String(rng.int(2, 12)), pretrained: "true" };
    case "yolo-defects":
      return { image_size: "640", num_classes: String(rng.int(3, 9)) };
    default:
      return {};
  }
}

function huggingFaceValues(model: string, rng: SeededRandom): Record<string, string> {
  const profile = modelProfile(model);
  const values: Record<string, string> = {
    model_name_or_path: JSON.stringify(profile?.hubId ?? "distilbert-base-uncased"),
    epochs: String(rng.int(1, 5)),
    train_batch_size: String(rng.pick([8, 16, 32])),
    learning_rate: rng.pick(["2e-05", "3e-05", "5e-05", "0.0001"]),
    warmup_steps: String(rng.pick([0, 100, 500])),
    fp16: "true",
  };
  if (profile?.task === "text-generation") {
    values.lora_r = String(rng.pick([8, 16, 64]));
    values.lora_alpha = String(rng.pick([16, 32]));
    values.max_seq_length = String(rng.pick([2048, 4096]));
  } else {
    values.max_seq_length = String(rng.pick([128, 256, 512]));
  }
  return values;
}

function sklearnValues(model: string, text: Text, rng: SeededRandom): Record<string, string> {
  switch (model) {
    case "random-forest":
      return { n_estimators: String(rng.int(100, 800)), max_depth: String(rng.int(4, 16)), min_samples_leaf: String(rng.int(1, 20)) };
    case "gbm-baseline":
      return { max_iter: String(rng.int(100, 1000)), learning_rate: decimal(rng.float(0.03, 0.2), 3), max_leaf_nodes: String(rng.pick([15, 31, 63])) };
    case "hist-gbm":
      return { max_iter: String(rng.int(200, 1500)), learning_rate: decimal(rng.float(0.03, 0.2), 3), loss: text(rng.pick(["squared_error", "absolute_error", "poisson"])) };
    default:
      return {};
  }
}

function ownImageValues(model: string, text: Text, rng: SeededRandom): Record<string, string> {
  switch (model) {
    case "lightgbm":
      return { objective: text("binary"), num_leaves: String(rng.pick([31, 63, 127])), learning_rate: decimal(rng.logUniform(0.01, 0.2), 4), num_iterations: String(rng.int(200, 2000)), feature_fraction: decimal(rng.float(0.6, 0.95), 2) };
    case "lambdamart":
      return { objective: text("lambdarank"), num_leaves: String(rng.pick([31, 63, 127])), learning_rate: decimal(rng.logUniform(0.01, 0.2), 4), num_iterations: String(rng.int(200, 1500)), eval_at: "10" };
    case "prophet":
      return { changepoint_prior_scale: decimal(rng.logUniform(0.01, 0.5), 3), seasonality_mode: text(rng.pick(["additive", "multiplicative"])), horizon_days: String(rng.pick([14, 28, 56])) };
    case "graphsage":
      return { epochs: String(rng.int(10, 200)), learning_rate: decimal(rng.logUniform(0.001, 0.05), 4), hidden_channels: String(rng.pick([64, 128, 256])) };
    case "yolo-defects":
      return { epochs: String(rng.int(50, 300)), image_size: "640", batch_size: String(rng.pick([8, 16, 32])), learning_rate: "0.01" };
    default:
      return {};
  }
}

/** Formats `value` with at most `digits` decimals and no trailing zeros. */
export function decimal(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
