import type { FailureFacts, FailureTemplate } from "./failures.common.js";
import { hostOutOfMemory } from "./failures.common.js";
import { frame, pythonOf, scriptError, scriptFrame } from "./failures.python.js";
import { hostMemoryGiB } from "./instance-specs.js";
import { modelProfile } from "./models.js";

/** The target column that the scripts of each project predict. */
const TARGETS: Readonly<Record<string, string>> = {
  "churn-prediction": "churned",
  "fraud-detection": "is_fraud",
  "demand-forecast": "units_sold",
  "customer-segments": "segment",
};

function targetOf(facts: FailureFacts): string {
  return TARGETS[facts.project] ?? "label";
}

const missingValues: FailureTemplate = (facts, rng) => {
  const column = modelProfile(facts.model)?.task === "forecasting" ? "units_sold_lag_7" : "tenure_months";
  const error = `ValueError: Input X contains NaN. Column '${column}' has ${rng.int(2, 900)} missing values after the join.`;
  return scriptError(facts, error, [
    ...scriptFrame(facts, 58, "<module>", "model.fit(features, target)"),
    ...frame(`${pythonOf(facts).packages}/sklearn/base.py`, 1151, "wrapper", "return fit_method(estimator, *args, **kwargs)"),
    ...frame(`${pythonOf(facts).packages}/sklearn/utils/validation.py`, 146, "_assert_all_finite", "raise ValueError(msg_err)"),
  ]);
};

/** numpy reports the size of an array it cannot allocate; the request is larger than the instance's memory. */
const arrayTooLarge: FailureTemplate = (facts, rng) => {
  const memory = hostMemoryGiB(facts.instanceType) ?? 16;
  const columns = rng.pick([400, 1000, 2500]);
  const rows = Math.ceil((memory * rng.float(1.2, 3) * 2 ** 30) / (columns * 8));
  const error = `numpy.core._exceptions._ArrayMemoryError: Unable to allocate ${((rows * columns * 8) / 2 ** 30).toFixed(1)} GiB for an array with shape (${rows}, ${columns}) and data type float64`;
  return scriptError(facts, error, [
    ...scriptFrame(facts, 44, "<module>", "features = frame.drop(columns=[TARGET]).to_numpy(dtype=np.float64)"),
    ...frame(`${pythonOf(facts).packages}/pandas/core/frame.py`, 1981, "to_numpy", "result = self._mgr.as_array(dtype=dtype, copy=copy, na_value=na_value)"),
  ]);
};

const missingTarget: FailureTemplate = (facts) =>
  scriptError(facts, `KeyError: '${targetOf(facts)}'`, [
    ...scriptFrame(facts, 39, "<module>", "target = frame.pop(TARGET)"),
    ...frame(`${pythonOf(facts).packages}/pandas/core/frame.py`, 5227, "pop", "return super().pop(item=item)"),
    ...frame(`${pythonOf(facts).packages}/pandas/core/indexes/base.py`, 3653, "get_loc", "raise KeyError(key) from err"),
  ]);

/** Lists the failures of a scikit-learn script, which runs on CPU instances only: data errors and host memory errors. */
export function sklearnFailures(facts: FailureFacts): FailureTemplate[] {
  if (facts.model === "automl-preprocessing") {
    return [missingTarget, arrayTooLarge, hostOutOfMemory];
  }
  return [missingValues, missingTarget, arrayTooLarge, hostOutOfMemory];
}
