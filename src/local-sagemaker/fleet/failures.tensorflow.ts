import type { FailureFacts, FailureTemplate } from "./failures.common.js";
import { hostOutOfMemory, parameter } from "./failures.common.js";
import { frame, pythonOf, scriptError, scriptFrame } from "./failures.python.js";
import { acceleratorOf } from "./instance-specs.js";
import { modelProfile } from "./models.js";

/** Frames from the script's `model.fit` call into the TensorFlow op that raised. */
function fitFrames(facts: FailureFacts): string[] {
  const packages = pythonOf(facts).packages;
  return [
    ...scriptFrame(facts, 143, "<module>", "main(parse_args())"),
    ...scriptFrame(facts, 121, "main", "history = model.fit(train_ds, validation_data=val_ds, epochs=args.epochs, callbacks=callbacks)"),
    ...frame(`${packages}/keras/src/utils/traceback_utils.py`, 122, "error_handler", "raise e.with_traceback(filtered_tb) from None"),
    ...frame(`${packages}/tensorflow/python/eager/execute.py`, 53, "quick_execute", "tensors = pywrap_tfe.TFE_Py_Execute(ctx._handle, device_name, op_name,"),
  ];
}

const gpuOutOfMemory: FailureTemplate = (facts, rng) => {
  const shape = `[${parameter(facts, "batch_size", "256")},${rng.pick([168, 512, 1024])},${rng.pick([256, 1024, 4096])}]`;
  const error = `tensorflow.python.framework.errors_impl.ResourceExhaustedError: Graph execution error: OOM when allocating tensor with shape${shape} and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc`;
  return scriptError(facts, error, fitFrames(facts));
};

const sequenceRank: FailureTemplate = (facts) => {
  const error = `ValueError: Input 0 of layer "lstm" is incompatible with the layer: expected ndim=3, found ndim=2. Full shape received: (None, ${parameter(facts, "lookback_window", "168")})`;
  return scriptError(facts, error, [
    ...scriptFrame(facts, 143, "<module>", "main(parse_args())"),
    ...scriptFrame(facts, 96, "main", "model = build_model(args.hidden_size, args.num_layers, args.forecast_horizon)"),
    ...scriptFrame(facts, 58, "build_model", "outputs = tf.keras.layers.LSTM(hidden_size)(inputs)"),
    ...frame(`${pythonOf(facts).packages}/keras/src/layers/input_spec.py`, 186, "assert_input_compatibility", "raise ValueError("),
  ]);
};

const corruptImage: FailureTemplate = (facts) =>
  scriptError(facts, "tensorflow.python.framework.errors_impl.InvalidArgumentError: Graph execution error: jpeg::Uncompress failed. Invalid JPEG data or crop window. [[{{node decode_image/DecodeJpeg}}]]", fitFrames(facts));

const unknownCategory: FailureTemplate = (facts, rng) => {
  const vocabulary = rng.pick([10_000, 40_000, 100_000]);
  const index = vocabulary + rng.int(1, 5000);
  return scriptError(facts, `tensorflow.python.framework.errors_impl.InvalidArgumentError: Graph execution error: indices[${rng.int(0, 255)},0] = ${index} is not in [0, ${vocabulary}) [[{{node embedding/embedding_lookup}}]]`, fitFrames(facts));
};

/**
 * Lists the failures of a TensorFlow script. One runs out of GPU memory on a
 * GPU instance, or out of host memory on a CPU one. The other is an input
 * error that fits the model: a sequence shape, image decoding, or a category
 * id past the embedding's vocabulary.
 */
export function tensorflowFailures(facts: FailureFacts): FailureTemplate[] {
  const memory = acceleratorOf(facts.instanceType).kind === "nvidia" ? gpuOutOfMemory : hostOutOfMemory;
  switch (modelProfile(facts.model)?.task) {
    case "forecasting":
      return [memory, sequenceRank];
    case "image-classification":
      return [memory, corruptImage];
    default:
      return [memory, unknownCategory];
  }
}
