import type { AlgorithmFamily, HaltStage } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";

/** Facts about a failed job that its failure message mentions. */
export type FailureFacts = {
  stage: HaltStage;
  family: AlgorithmFamily;
  instanceType: string;
  image: string;
  roleArn: string;
  inputUri: string;
  program: string;
};

type Template = (facts: FailureFacts, rng: SeededRandom) => string;

const STARTING: Template[] = [
  (facts) =>
    `CapacityError: Insufficient capacity for instance type ${facts.instanceType} in the Availability Zones of the requested subnets. Retry later, request another instance type, or reserve capacity with a training plan.`,
  (facts) =>
    `ClientError: Cannot pull the training image ${facts.image}. The image does not exist, or the execution role ${facts.roleArn} is not allowed to call ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on its repository.`,
  () => "InternalServerError: We encountered an internal error. Please try again.",
];

const DOWNLOADING: Template[] = [
  (facts) =>
    `ClientError: Data download failed: NoSuchKey (404): no object exists under ${facts.inputUri}. Check the S3Uri of the channel and that the objects were written before the job started.`,
  (facts) =>
    `ClientError: Data download failed: AccessDenied (403) on ${facts.inputUri}. The execution role ${facts.roleArn} needs s3:GetObject and s3:ListBucket on the bucket, and kms:Decrypt when the objects are encrypted with a customer managed key.`,
];

const TRAINING_SCRIPT: Template[] = [
  (facts, rng) => {
    const step = rng.int(100, 9000);
    return [
      "AlgorithmError: ExecuteUserScriptError:",
      "ExitCode 1",
      `ErrorMessage "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate ${rng.int(2, 20) * 256}.00 MiB. GPU 0 has a total capacity of 22.19 GiB of which 187.31 MiB is free. Of the allocated memory 20.84 GiB is allocated by PyTorch, and 412.77 MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.`,
      " Traceback (most recent call last):",
      `   File "/opt/ml/code/${facts.program}", line 214, in <module>`,
      "     main(parse_args())",
      `   File "/opt/ml/code/${facts.program}", line 187, in main`,
      "     loss = train_one_epoch(model, loader, optimizer, scaler, epoch)",
      `   File "/opt/ml/code/${facts.program}", line 102, in train_one_epoch`,
      "     outputs = model(**batch)",
      '   File "/opt/conda/lib/python3.11/site-packages/torch/nn/modules/module.py", line 1553, in _wrapped_call_impl',
      "     return self._call_impl(*args, **kwargs)",
      '   File "/opt/conda/lib/python3.11/site-packages/torch/nn/modules/module.py", line 1562, in _call_impl',
      "     return forward_call(*args, **kwargs)",
      '   File "/opt/conda/lib/python3.11/site-packages/transformers/models/llama/modeling_llama.py", line 1189, in forward',
      "     logits = self.lm_head(hidden_states)",
      `   step ${step} of epoch 1"`,
      `Command "/opt/conda/bin/python3.11 ${facts.program} --batch_size 64 --epochs 3 --learning_rate 0.0002", exit code: 1`,
    ].join("\n");
  },
  (facts) =>
    [
      "AlgorithmError: ExecuteUserScriptError:",
      "ExitCode 1",
      'ErrorMessage "KeyError: \'libellé_catégorie\'',
      " Traceback (most recent call last):",
      `   File "/opt/ml/code/${facts.program}", line 77, in <module>`,
      '     dataset = load_dataset("csv", data_files={"train": train_files, "test": test_files})',
      `   File "/opt/ml/code/${facts.program}", line 81, in <module>`,
      "     dataset = dataset.map(encode_labels, batched=True)",
      '   File "/opt/conda/lib/python3.10/site-packages/datasets/arrow_dataset.py", line 3156, in map',
      "     for rank, done, content in Dataset._map_single(**dataset_kwargs):",
      '   File "/opt/conda/lib/python3.10/site-packages/datasets/arrow_dataset.py", line 3547, in _map_single',
      "     batch = apply_function_on_filtered_inputs(batch, indices, check_same_num_examples=len(shard.list_indexes()) > 0, offset=offset)",
      `   File "/opt/ml/code/${facts.program}", line 41, in encode_labels`,
      '     return {"label": [LABELS[value] for value in batch["libellé_catégorie"]]}',
      '   File "/opt/conda/lib/python3.10/site-packages/datasets/formatting/formatting.py", line 270, in __getitem__',
      "     value = self.data[key]",
      ' KeyError: \'libellé_catégorie\' — la colonne est absente du fichier d\'entraînement"',
      `Command "/opt/conda/bin/python3.10 ${facts.program} --epochs 3 --model_name_or_path distilbert-base-uncased --train_batch_size 32", exit code: 1`,
    ].join("\n"),
  (facts, rng) =>
    [
      "AlgorithmError: ExecuteUserScriptError:",
      "ExitCode 1",
      `ErrorMessage "ValueError: Input contains NaN, infinity or a value too large for dtype('float32'). Column 'basket_value' has ${rng.int(2, 900)} missing values after the join with the weather table.`,
      " Traceback (most recent call last):",
      `   File "/opt/ml/code/${facts.program}", line 58, in <module>`,
      "     model.fit(features, target)",
      '   File "/miniconda3/lib/python3.9/site-packages/sklearn/ensemble/_forest.py", line 345, in fit',
      "     X, y = self._validate_data(X, y, multi_output=True, accept_sparse=\"csc\", dtype=DTYPE)\"",
      `Command "/miniconda3/bin/python ${facts.program}", exit code: 1`,
    ].join("\n"),
];

const TRAINING_BUILT_IN: Template[] = [
  (facts, rng) =>
    [
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
      `xgboost.core.XGBoostError: [${String(rng.int(0, 23)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}:07] ../src/objective/regression_obj.cu:98: label must be in [0,1] for logistic regression`,
      "Stack trace:",
      "  [bt] (0) /miniconda3/lib/python3.8/site-packages/xgboost/lib/libxgboost.so(+0x1e1a09) [0x7f3c2a5e1a09]",
      "  [bt] (1) /miniconda3/lib/python3.8/site-packages/xgboost/lib/libxgboost.so(+0x1e6b42) [0x7f3c2a5e6b42]",
      "",
      "During handling of the above exception, another exception occurred:",
      "",
      "sagemaker_algorithm_toolkit.exceptions.UserError: Check the labels of the train channel: binary:logistic needs 0 or 1 in the first column.",
    ].join("\n"),
  (facts) =>
    `ClientError: Unable to read data channel 'train'. The requested content type is 'text/csv', but record 1 of ${facts.inputUri}part-00000.csv could not be decoded as UTF-8 (byte 0xe9 at position 1183). Re-encode the file as UTF-8 or set the channel's ContentType to match the data.`,
];

/**
 * Writes a FailureReason in the style SageMaker uses for a job that failed in
 * `facts.stage`. A job that failed before training gets a one-line
 * CapacityError, ClientError or InternalServerError. A failure in the
 * training code gets the exit code, message and traceback, which can run
 * past 1,000 characters.
 */
export function describeFailure(facts: FailureFacts, rng: SeededRandom): string {
  let templates: Template[];
  switch (facts.stage) {
    case "starting":
      templates = facts.family === "custom" ? STARTING : [STARTING[0], STARTING[2]];
      break;
    case "downloading":
      templates = DOWNLOADING;
      break;
    default:
      templates = facts.family === "builtin" ? TRAINING_BUILT_IN : TRAINING_SCRIPT;
  }
  return rng.pick(templates)(facts, rng);
}
