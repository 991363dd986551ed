import { Field, ObjectType } from "type-graphql";
import { CustomizationTechnique } from "./customization-technique.enum.js";
import { EvaluationType } from "./evaluation-type.enum.js";
import { Peft } from "./peft.enum.js";
import { ServerlessJobType } from "./serverless-job-type.enum.js";

@ObjectType({ description: "Settings of a serverless job that customizes or evaluates a foundation model." })
export class ServerlessJobConfig {
  @Field(() => String, {
    nullable: true,
    description: "ARN of the base model in the SageMaker public hub.",
  })
  baseModelArn!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the model's end-user license agreement (EULA) was accepted.",
  })
  acceptEula!: boolean | null;

  @Field(() => ServerlessJobType, {
    nullable: true,
    description: "Whether the job fine-tunes or evaluates the model.",
  })
  jobType!: ServerlessJobType | null;

  @Field(() => CustomizationTechnique, {
    nullable: true,
    description: "Model customization technique.",
  })
  customizationTechnique!: CustomizationTechnique | null;

  @Field(() => Peft, { nullable: true, description: "Parameter-efficient fine-tuning method." })
  peft!: Peft | null;

  @Field(() => EvaluationType, {
    nullable: true,
    description: "Kind of evaluation; set for evaluation jobs.",
  })
  evaluationType!: EvaluationType | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the evaluator used as reward function or reward prompt.",
  })
  evaluatorArn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Maximum sequence length in tokens that the job supports.",
  })
  sequenceLength!: string | null;
}
