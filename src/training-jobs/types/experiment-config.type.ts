import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Experiment, trial and run that record a training job." })
export class ExperimentConfig {
  @Field(() => String, { nullable: true, description: "Name of the experiment." })
  experimentName!: string | null;

  @Field(() => String, { nullable: true, description: "Name of the trial." })
  trialName!: string | null;

  @Field(() => String, { nullable: true, description: "Display name of the trial component." })
  trialComponentDisplayName!: string | null;

  @Field(() => String, { nullable: true, description: "Name of the experiment run." })
  runName!: string | null;
}
