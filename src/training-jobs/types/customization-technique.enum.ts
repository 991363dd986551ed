import { registerUpstreamEnum } from "./upstream-enum.js";

/** Technique a serverless job uses to customize a model. Values are the SageMaker strings. */
export enum CustomizationTechnique {
  SFT = "SFT",
  DPO = "DPO",
  RLAIF = "RLAIF",
  RLVR = "RLVR",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(CustomizationTechnique, {
  name: "CustomizationTechnique",
  description: "Technique a serverless job uses to customize a model.",
  values: {
    SFT: "Supervised fine-tuning.",
    DPO: "Direct preference optimization.",
    RLAIF: "Reinforcement learning from AI feedback.",
    RLVR: "Reinforcement learning with verifiable rewards.",
  },
});
