import type { SeededRandom } from "./random.js";

/** A MetricData entry as it travels on the wire; Timestamp is in epoch seconds. */
export type WireMetricData = { MetricName: string; Value: number; Timestamp: number };

/**
 * Value of each metric for the worst and the best model, keyed by the metric
 * name without its split prefix (`validation:auc` -> `auc`), `eval_` prefix or
 * `:epoch` suffix. A job's quality in [0, 1] places it between the two, so a
 * threshold such as `validation:auc > 0.9` matches only the best fifth of jobs.
 */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  auc: [0.6, 0.975],
  roc_auc_score: [0.6, 0.97],
  aucpr: [0.3, 0.88],
  accuracy: [0.55, 0.985],
  binary_classification_accuracy: [0.55, 0.97],
  error: [0.35, 0.02],
  merror: [0.6, 0.03],
  f1: [0.4, 0.93],
  binary_f_beta: [0.4, 0.92],
  precision: [0.45, 0.96],
  recall: [0.4, 0.95],
  logloss: [0.65, 0.08],
  mlogloss: [2.0, 0.15],
  objective_loss: [0.69, 0.09],
  loss: [2.4, 0.03],
  train_loss: [2.1, 0.4],
  rmse: [4.8, 0.6],
  mae: [3.5, 0.4],
  mse: [20, 0.5],
  absolute_loss: [3.2, 0.35],
  ndcg: [0.3, 0.82],
  map: [0.2, 0.72],
  mAP50: [0.3, 0.85],
  mape: [0.35, 0.06],
  msd: [9.5, 1.2],
  ssd: [48000, 5200],
  r2: [0.1, 0.93],
  judge_score: [2.1, 4.7],
  rougeL: [0.18, 0.52],
};

/** Strips the split, `eval_` prefix and `:epoch`/`:batch` suffix, keeping the measure itself. */
function measureOf(metricName: string): string {
  const parts = metricName.split(":");
  const measure = parts.length > 1 ? parts[1] : parts[0];
  return measure.startsWith("eval_") ? measure.slice("eval_".length) : measure;
}

/**
 * Draws the value of `metricName` for a model of `quality`. Training-split
 * metrics come out a little better than validation ones, as overfitting makes
 * them. Values are rounded to float32, the precision SageMaker reports.
 */
export function metricValue(metricName: string, quality: number, epochs: number, rng: SeededRandom): number {
  const measure = measureOf(metricName);
  if (measure === "epoch") {
    return epochs;
  }
  if (measure === "runtime") {
    return toFloat32(rng.float(20, 400));
  }
  if (measure === "progress") {
    return 100;
  }
  if (measure === "throughput") {
    return toFloat32(rng.float(8000, 90000));
  }

  const [worst, best] = RANGES[measure] ?? [1, 0];
  const boost = metricName.startsWith("train") ? 0.05 : 0;
  const placed = Math.min(1, Math.max(0, quality + boost + rng.float(-0.03, 0.03)));
  return toFloat32(worst + (best - worst) * placed);
}

/**
 * Builds FinalMetricDataList: each metric's last value, stamped in whole
 * seconds a little before `lastReportMs`.
 */
export function finalMetricData(
  names: readonly string[],
  quality: number,
  epochs: number,
  lastReportMs: number,
  rng: SeededRandom,
): WireMetricData[] {
  const timestamp = Math.floor(lastReportMs / 1000) - rng.int(1, 30);
  return names.map((name) => ({ MetricName: name, Value: metricValue(name, quality, epochs, rng), Timestamp: timestamp }));
}

function toFloat32(value: number): number {
  return Math.fround(Number(value.toPrecision(6)));
}
