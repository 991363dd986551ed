import type { FailureFacts, FailureTemplate } from "./failures.common.js";
import { epochsOf, hostOutOfMemory, parameter } from "./failures.common.js";
import { frame, pythonOf, scriptError, scriptFrame } from "./failures.python.js";
import { acceleratorOf } from "./instance-specs.js";
import { modelProfile } from "./models.js";

/** Returns the Hugging Face architecture folder of a hub id: `meta-llama/Meta-Llama-3-8B` -> `llama`. */
function architectureOf(hubId: string): string {
  const name = hubId.toLowerCase();
  return ["llama", "mistral", "roberta", "distilbert"].find((architecture) => name.includes(architecture)) ?? "bert";
}

/** Returns the layer that a forward pass of the model fails in: its file under site-packages, its scope and the line that ran. */
function failingLayer(facts: FailureFacts): readonly [file: string, scope: string, code: string] {
  const profile = modelProfile(facts.model);
  if (facts.algorithm === "huggingface") {
    const architecture = architectureOf(profile?.hubId ?? "");
    const code = profile?.task === "text-generation" ? "logits = self.lm_head(hidden_states)" : "sa_output = self.attention(query=x, key=x, value=x, mask=attn_mask)";
    return [`transformers/models/${architecture}/modeling_${architecture}.py`, "forward", code];
  }
  switch (profile?.task) {
    case "image-classification":
    case "object-detection":
      return ["torch/nn/modules/conv.py", "forward", "return self._conv_forward(input, self.weight, self.bias)"];
    case "forecasting":
      return ["torch/nn/modules/rnn.py", "forward", "result = _VF.lstm(input, hx, self._flat_weights, self.bias, self.num_layers,"];
    default:
      return ["torch/nn/modules/linear.py", "forward", "return F.linear(input, self.weight, self.bias)"];
  }
}

/** Frames from the script's training loop down to the layer that failed. */
function forwardFrames(facts: FailureFacts): string[] {
  const packages = pythonOf(facts).packages;
  const [file, scope, code] = failingLayer(facts);
  const loop =
    facts.algorithm === "huggingface"
      ? [...frame(`${packages}/transformers/trainer.py`, 1869, "_inner_training_loop", "tr_loss_step = self.training_step(model, inputs)"), ...frame(`${packages}/transformers/trainer.py`, 2772, "training_step", "loss = self.compute_loss(model, inputs)")]
      : scriptFrame(facts, 102, "train_one_epoch", "outputs = model(batch)");
  return [
    ...scriptFrame(facts, 214, "<module>", "main(parse_args())"),
    ...scriptFrame(facts, 187, "main", facts.algorithm === "huggingface" ? "trainer.train()" : "loss = train_one_epoch(model, loader, optimizer, epoch)"),
    ...loop,
    ...frame(`${packages}/torch/nn/modules/module.py`, 1518, "_call_impl", "return forward_call(*args, **kwargs)"),
    ...frame(`${packages}/${file}`, 1189, scope, code),
  ];
}

/** PyTorch 2.5 moved the out-of-memory error class from torch.cuda to torch. */
function outOfMemoryClass(facts: FailureFacts): string {
  const version = /pytorch-training:(\d+)\.(\d+)/.exec(facts.image);
  const recent = version !== null && (Number(version[1]) > 2 || (Number(version[1]) === 2 && Number(version[2]) >= 5));
  return recent ? "torch.OutOfMemoryError" : "torch.cuda.OutOfMemoryError";
}

const cudaOutOfMemory: FailureTemplate = (facts, rng) => {
  const accelerator = acceleratorOf(facts.instanceType);
  const capacityGiB = accelerator.kind === "nvidia" ? accelerator.memoryGiB : 0;
  const requestGiB = (rng.int(2, 20) * 256) / 1024;
  const error =
    `${outOfMemoryClass(facts)}: CUDA out of memory. Tried to allocate ${requestGiB.toFixed(2)} GiB. GPU 0 has a total capacity of ${capacityGiB.toFixed(2)} GiB ` +
    `of which ${rng.float(20, 400).toFixed(2)} MiB is free. The batch was step ${rng.int(100, 9000)} of epoch ${rng.int(1, epochsOf(facts))}.`;
  return scriptError(facts, error, forwardFrames(facts));
};

const neuronOutOfMemory: FailureTemplate = (facts, rng) => {
  const packages = pythonOf(facts).packages;
  const error =
    `RuntimeError: The Neuron runtime could not allocate ${rng.int(2, 12) * 256} MiB of device memory on NeuronCore ${rng.int(0, 31)}. ` +
    `Lower batch_size (${parameter(facts, "batch_size", "64")}) or shard the model over more NeuronCores.`;
  return scriptError(facts, error, [
    ...scriptFrame(facts, 187, "main", "loss = train_one_epoch(model, loader, optimizer, epoch)"),
    ...scriptFrame(facts, 118, "train_one_epoch", "xm.mark_step()"),
    ...frame(`${packages}/torch_xla/core/xla_model.py`, 1056, "mark_step", "torch_xla._XLAC._xla_step_marker("),
  ]);
};

const dataLoaderKilled: FailureTemplate = (facts, rng) => {
  const packages = pythonOf(facts).packages;
  const error = `RuntimeError: DataLoader worker (pid ${rng.int(200, 4000)}) is killed by signal: Killed. The workers used up the host memory of ${facts.instanceType}.`;
  return scriptError(facts, error, [
    ...scriptFrame(facts, 96, "train_one_epoch", "for batch in loader:"),
    ...frame(`${packages}/torch/utils/data/dataloader.py`, 631, "__next__", "data = self._next_data()"),
    ...frame(`${packages}/torch/utils/data/dataloader.py`, 1316, "_next_data", "idx, data = self._get_data()"),
  ]);
};

const shapeMismatch: FailureTemplate = (facts, rng) => {
  const task = modelProfile(facts.model)?.task;
  const batch = parameter(facts, "batch_size", "64");
  const error =
    task === "image-classification" || task === "object-detection"
      ? `RuntimeError: Given groups=1, weight of size [64, 3, 7, 7], expected input[${batch}, 1, ${parameter(facts, "image_size", "224")}, ${parameter(facts, "image_size", "224")}] to have 3 channels, but got 1 channels instead`
      : `RuntimeError: mat1 and mat2 shapes cannot be multiplied (${batch}x${rng.int(40, 400)} and ${rng.int(40, 400)}x${parameter(facts, "hidden_dim", "256")})`;
  return scriptError(facts, error, forwardFrames(facts));
};

/** Writes a KeyError for a dataset column that the script reads and the data lacks. Jobs with non-ASCII texts name a French column. */
const missingDatasetColumn: FailureTemplate = (facts) => {
  const packages = pythonOf(facts).packages;
  const column = facts.nonAscii ? "libellé_catégorie" : "label";
  const note = facts.nonAscii ? " — la colonne est absente du fichier d'entraînement" : "";
  return scriptError(facts, `KeyError: '${column}'${note}`, [
    ...scriptFrame(facts, 77, "<module>", 'dataset = load_dataset("csv", data_files={"train": train_files, "test": test_files})'),
    ...scriptFrame(facts, 81, "<module>", "dataset = dataset.map(encode_labels, batched=True)"),
    ...frame(`${packages}/datasets/arrow_dataset.py`, 3156, "map", "for rank, done, content in Dataset._map_single(**dataset_kwargs):"),
    ...frame(`${packages}/datasets/arrow_dataset.py`, 3547, "_map_single", "batch = apply_function_on_filtered_inputs(batch, indices, offset=offset)"),
    ...scriptFrame(facts, 41, "encode_labels", `return {"labels": [LABELS[value] for value in batch["${column}"]]}`),
    ...frame(`${packages}/datasets/formatting/formatting.py`, 270, "__getitem__", "value = self.data[key]"),
  ]);
};

const missingPadToken: FailureTemplate = (facts) => {
  const packages = pythonOf(facts).packages;
  const error = `ValueError: The tokenizer of ${parameter(facts, "model_name_or_path", "the base model")} defines no padding token, so batches of different lengths cannot be padded. Set tokenizer.pad_token, for example to tokenizer.eos_token, before training.`;
  return scriptError(facts, error, [
    ...scriptFrame(facts, 187, "main", "trainer.train()"),
    ...frame(`${packages}/transformers/trainer.py`, 1813, "_inner_training_loop", "for step, inputs in enumerate(epoch_iterator):"),
    ...frame(`${packages}/transformers/data/data_collator.py`, 271, "__call__", "batch = pad_without_fast_tokenizer_warning("),
    ...frame(`${packages}/transformers/tokenization_utils_base.py`, 3259, "pad", "padding_strategy, _, max_length, _ = self._get_padding_truncation_strategies("),
  ]);
};

/** Lists the failures of a PyTorch script: memory errors of the instance's own accelerator, or of the host on CPU instances, and shape errors. */
export function pytorchFailures(facts: FailureFacts): FailureTemplate[] {
  const memory = memoryFailureOn(acceleratorOf(facts.instanceType).kind);
  return [memory, memory, dataLoaderKilled, shapeMismatch];
}

/** Lists the failures of a Hugging Face script, which always runs on NVIDIA GPUs. */
export function huggingFaceFailures(facts: FailureFacts): FailureTemplate[] {
  const generation = modelProfile(facts.model)?.task === "text-generation";
  return generation ? [cudaOutOfMemory, cudaOutOfMemory, missingPadToken] : [cudaOutOfMemory, missingDatasetColumn];
}

/** Returns the out-of-memory failure of the instance's accelerator: CUDA, Neuron, or host memory. */
function memoryFailureOn(accelerator: string): FailureTemplate {
  if (accelerator === "nvidia") return cudaOutOfMemory;
  if (accelerator === "neuron") return neuronOutOfMemory;
  return hostOutOfMemory;
}
