import { registerUpstreamEnum } from "./upstream-enum.js";

/** Parameter-efficient fine-tuning method of a serverless job. Values are the SageMaker strings. */
export enum Peft {
  LORA = "LORA",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(Peft, {
  name: "Peft",
  description: "Parameter-efficient fine-tuning method of a serverless job.",
  values: {
    LORA: "Low-rank adaptation (LoRA).",
  },
});
