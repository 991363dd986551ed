import type { FleetContext, JobPlan } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";

/** SageMaker Public Hub model ids of the base models the fleet customizes. */
const BASE_MODEL_IDS: Readonly<Record<string, string>> = {
  "llama-3-1-8b-instruct": "meta-textgeneration-llama-3-1-8b-instruct",
  "mistral-7b-instruct": "huggingface-llm-mistral-7b-instruct",
  "qwen2-5-7b-instruct": "huggingface-llm-qwen2-5-7b-instruct",
};

/** Some jobs bill more than 2^31 tokens, so a client that reads the count as a 32-bit integer fails visibly. */
const INT32_LIMIT = 2 ** 31;

/** Builds ServerlessJobConfig for a model customization or evaluation job of `model`. */
export function buildServerlessConfig(plan: JobPlan, model: string, project: string, context: FleetContext, rng: SeededRandom): Record<string, unknown> {
  const modelId = BASE_MODEL_IDS[model] ?? BASE_MODEL_IDS["llama-3-1-8b-instruct"];
  const config: Record<string, unknown> = {
    BaseModelArn: `arn:aws:sagemaker:${context.region}:aws:hub-content/SageMakerPublicHub/Model/${modelId}/${rng.pick(["2.8.0", "3.1.2"])}`,
    AcceptEula: true,
  };
  const rewardFunction = `arn:aws:lambda:${context.region}:${context.accountId}:function:${project}-reward-scorer`;

  if (plan.algorithm === "llm-evaluation") {
    const evaluationType = rng.pick(["LLMAJEvaluation", "BenchmarkEvaluation", "CustomScorerEvaluation"]);
    config.JobType = "Evaluation";
    config.EvaluationType = evaluationType;
    if (evaluationType === "CustomScorerEvaluation") {
      config.EvaluatorArn = rewardFunction;
    } else if (evaluationType === "LLMAJEvaluation") {
      config.EvaluatorArn = `arn:aws:bedrock:${context.region}::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0`;
    }
    return config;
  }

  const technique = plan.features.has("largeTokenCount") ? "SFT" : rng.weighted([["SFT", 5], ["DPO", 2], ["RLVR", 1], ["RLAIF", 1]] as const);
  config.JobType = "FineTuning";
  config.CustomizationTechnique = technique;
  if ((technique === "SFT" || technique === "DPO") && rng.chance(0.7)) {
    config.Peft = "LORA";
  }
  if (technique === "RLVR" || technique === "RLAIF") {
    config.EvaluatorArn = rewardFunction;
  }
  config.SequenceLength = rng.pick(["4K", "8K", "8K", "32K"]);
  return config;
}

/**
 * Draws BillableTokenCount of a finished serverless job: the tokens of its
 * dataset times its epochs, above 2^31 for `largeTokenCount` jobs.
 */
export function drawBillableTokens(plan: JobPlan, epochs: number, rng: SeededRandom): number {
  if (plan.features.has("largeTokenCount")) {
    return rng.int(INT32_LIMIT + 1, 4 * INT32_LIMIT);
  }
  const datasetTokens = Math.round(rng.logUniform(5e6, 4e8));
  return plan.algorithm === "llm-evaluation" ? datasetTokens : datasetTokens * Math.max(1, epochs);
}

/** Builds ModelPackageConfig, continuing from an earlier version of the project's model package group now and then. */
export function buildModelPackageConfig(project: string, context: FleetContext, rng: SeededRandom): { config: Record<string, unknown>; outputVersion: number; groupName: string } {
  const groupName = `${project}-models`;
  const config: Record<string, unknown> = {
    ModelPackageGroupArn: `arn:aws:sagemaker:${context.region}:${context.accountId}:model-package-group/${groupName}`,
  };
  const sourceVersion = rng.int(1, 12);
  if (rng.chance(0.5)) {
    config.SourceModelPackageArn = modelPackageArn(context, groupName, sourceVersion);
  }
  return { config, outputVersion: sourceVersion + 1, groupName };
}

/** Returns the ARN of version `version` of a model package group. */
export function modelPackageArn(context: FleetContext, groupName: string, version: number): string {
  return `arn:aws:sagemaker:${context.region}:${context.accountId}:model-package/${groupName}/${version}`;
}
