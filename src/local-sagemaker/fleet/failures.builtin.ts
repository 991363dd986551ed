import type { FailureFacts, FailureTemplate } from "./failures.common.js";
import { hostOutOfMemory, inputFile, parameter } from "./failures.common.js";
import { acceleratorOf } from "./instance-specs.js";
import type { SeededRandom } from "./random.js";

/** The XGBoost check that fails for each objective when the labels do not fit it. */
const XGBOOST_LABEL_CHECKS: Readonly<Record<string, (facts: FailureFacts) => readonly [source: string, check: string]>> = {
  "binary:logistic": () => ["../src/objective/regression_obj.cu:98", "label must be in [0,1] for logistic regression"],
  "multi:softprob": (facts) => ["../src/objective/multiclass_obj.cu:120", `SoftmaxMultiClassObj: label must be in [0, num_class). num_class = ${parameter(facts, "num_class", "3")}`],
  "reg:squarederror": () => ["../src/data/data.cc:502", "Check failed: valid: Label contains NaN, infinity or a value too large."],
};

function clock(rng: SeededRandom): string {
  return [rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)].map((part) => String(part).padStart(2, "0")).join(":");
}

const xgboostLabels: FailureTemplate = (facts, rng) => {
  const objective = parameter(facts, "objective", "reg:squarederror");
  const [source, check] = (XGBOOST_LABEL_CHECKS[objective] ?? XGBOOST_LABEL_CHECKS["reg:squarederror"])(facts);
  return [
    "AlgorithmError: framework error:",
    "Traceback (most recent call last):",
    '  File "/miniconda3/lib/python3.8/site-packages/sagemaker_xgboost_container/algorithm_mode/train.py", line 226, in train_job',
    "    bst = xgb.train(train_cfg, train_dmatrix, num_boost_round=num_round - iteration, evals=watchlist, callbacks=callbacks)",
    '  File "/miniconda3/lib/python3.8/site-packages/xgboost/training.py", line 185, in train',
    "    bst.update(dtrain, i, obj)",
    '  File "/miniconda3/lib/python3.8/site-packages/xgboost/core.py", line 1918, in update',
    "    _check_call(_LIB.XGBoosterUpdateOneIter(self.handle, ctypes.c_int(iteration), dtrain.handle))",
    '  File "/miniconda3/lib/python3.8/site-packages/xgboost/core.py", line 279, in _check_call',
    "    raise XGBoostError(py_str(_LIB.XGBGetLastError()))",
    `xgboost.core.XGBoostError: [${clock(rng)}] ${source}: ${check}`,
    "Stack trace:",
    "  [bt] (0) /miniconda3/lib/python3.8/site-packages/xgboost/lib/libxgboost.so(+0x1e1a09) [0x7f3c2a5e1a09]",
    "  [bt] (1) /miniconda3/lib/python3.8/site-packages/xgboost/lib/libxgboost.so(+0x1e6b42) [0x7f3c2a5e6b42]",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    `sagemaker_algorithm_toolkit.exceptions.UserError: Check the labels in the first column of the train channel: they do not fit objective ${objective}.`,
  ].join("\n");
};

const undecodableCsv: FailureTemplate = (facts) =>
  `ClientError: Unable to read data channel 'train'. The requested content type is 'text/csv', but record 1 of ${inputFile(facts, "part-00000.csv")} could not be decoded as UTF-8 (byte 0xe9 at position 1183). Re-encode the file as UTF-8 or set the channel's ContentType to match the data.`;

/** Linear learner, factorization machines and k-means read feature_dim features per record and reject other widths. */
const featureWidth: FailureTemplate = (facts, rng) => {
  const declared = Number(parameter(facts, "feature_dim", "100"));
  const found = declared + rng.int(1, 40);
  return `ClientError: Customer Error: The feature_dim hyperparameter is ${declared}, but records of channel 'train' have ${found} features. Set feature_dim to the number of feature columns, which excludes the label.`;
};

const binaryLabels: FailureTemplate = (_facts, rng) =>
  `ClientError: Customer Error: Label ${rng.pick(["2.0", "-1.0", "3.0"])} in record ${rng.int(2, 90_000)} of channel 'train' is not valid for predictor_type binary_classifier, which needs labels 0 and 1.`;

const missingLabelPrefix: FailureTemplate = (facts) =>
  `ClientError: No labels were found in ${facts.input.location}: in supervised mode every line must start with __label__<class> followed by the text.`;

const mxnetGpuMemory: FailureTemplate = (facts) => {
  const accelerator = acceleratorOf(facts.instanceType);
  const gpu = accelerator.kind === "nvidia" ? `${accelerator.gpu} (${accelerator.memoryGiB.toFixed(2)} GiB)` : "the GPU";
  return `AlgorithmError: MXNetError: cudaMalloc failed: out of memory while training with mini_batch_size ${parameter(facts, "mini_batch_size", "128")} and image_shape ${parameter(facts, "image_shape", "3,224,224")} on ${gpu}. Lower mini_batch_size or choose an instance type with more GPU memory.`;
};

const unreadableImage: FailureTemplate = (_facts, rng) =>
  `ClientError: Image ${rng.pick(["weld", "pcb"])}_${rng.int(1000, 9999)}.jpg listed in the train .lst file could not be decoded. Remove it from the list or re-encode it as JPEG or PNG.`;

/**
 * Lists the failures of a built-in algorithm's training: errors that the
 * algorithm's own checks raise on the data or hyperparameters it got, plus
 * running out of memory on the instance. GPU memory errors only come from the
 * GPU algorithms, and host memory errors only from CPU instances.
 */
export function builtInFailures(facts: FailureFacts): FailureTemplate[] {
  const onCpu = acceleratorOf(facts.instanceType).kind === "none";
  const memory = onCpu ? [hostOutOfMemory] : [];
  switch (facts.algorithm) {
    case "xgboost":
      return [xgboostLabels, xgboostLabels, undecodableCsv, ...memory];
    case "linear-learner":
      return parameter(facts, "predictor_type", "") === "binary_classifier" ? [featureWidth, binaryLabels, undecodableCsv, ...memory] : [featureWidth, undecodableCsv, ...memory];
    case "factorization-machines":
    case "kmeans":
      return [featureWidth, ...memory];
    case "blazingtext":
      return [missingLabelPrefix, ...memory];
    case "image-classification":
      return onCpu ? [unreadableImage, hostOutOfMemory] : [mxnetGpuMemory, unreadableImage];
    default:
      throw new RangeError(`Algorithm "${facts.algorithm}" is not built in: list its failures with its own family.`);
  }
}
