import { Field, ObjectType } from "type-graphql";
import { MetricDefinition } from "./metric-definition.type.js";
import { TrainingImageConfig } from "./training-image-config.type.js";
import { TrainingInputMode } from "./training-input-mode.enum.js";

@ObjectType({ description: "Training code of a job: a container image or an algorithm resource." })
export class AlgorithmSpecification {
  @Field(() => String, {
    nullable: true,
    description: "Registry path of the training container image.",
  })
  trainingImage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Name or ARN of the algorithm resource, when the job uses one instead of an image.",
  })
  algorithmName!: string | null;

  @Field(() => TrainingInputMode, {
    nullable: true,
    description: "Default input mode of the job's channels.",
  })
  trainingInputMode!: TrainingInputMode | null;

  @Field(() => [MetricDefinition], {
    nullable: true,
    description: "Metrics parsed from the training logs; SageMaker fills them in for built-in algorithms.",
  })
  metricDefinitions!: MetricDefinition[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether time-series metrics are recorded during training.",
  })
  enableSageMakerMetricsTimeSeries!: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: "Entrypoint command that overrides the image's default.",
  })
  containerEntrypoint!: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Arguments passed to the container entrypoint.",
  })
  containerArguments!: string[] | null;

  @Field(() => TrainingImageConfig, {
    nullable: true,
    description: "Access settings for an image in a private Docker registry.",
  })
  trainingImageConfig!: TrainingImageConfig | null;
}
