import { registerUpstreamEnum } from "./upstream-enum.js";

/** Kind of evaluation a serverless evaluation job runs. Values are the SageMaker strings. */
export enum EvaluationType {
  BENCHMARK_EVALUATION = "BenchmarkEvaluation",
  CUSTOM_SCORER_EVALUATION = "CustomScorerEvaluation",
  LLMAJ_EVALUATION = "LLMAJEvaluation",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(EvaluationType, {
  name: "EvaluationType",
  description: "Kind of evaluation a serverless evaluation job runs.",
  values: {
    BENCHMARK_EVALUATION: "Scores the model on benchmark data sets.",
    CUSTOM_SCORER_EVALUATION: "Scores the model with a custom scorer.",
    LLMAJ_EVALUATION: "Scores the model with a large language model acting as judge.",
  },
});
