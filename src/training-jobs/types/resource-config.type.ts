import { Field, Int, ObjectType } from "type-graphql";
import { InstanceGroup } from "./instance-group.type.js";
import { InstancePlacementConfig } from "./instance-placement-config.type.js";
import { InstancePreference } from "./instance-preference.type.js";

@ObjectType({ description: "ML compute instances and storage of a training job." })
export class ResourceConfig {
  @Field(() => String, {
    nullable: true,
    description: "ML instance type, for example ml.m5.xlarge.",
  })
  instanceType!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Number of instances; more than one for distributed training.",
  })
  instanceCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Size of the storage volume of each instance, in GB.",
  })
  volumeSizeInGB!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "KMS key that encrypts the instance storage volumes.",
  })
  volumeKmsKeyId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "How long the instances stay in a warm pool after the job, in seconds.",
  })
  keepAlivePeriodInSeconds!: number | null;

  @Field(() => [InstanceGroup], {
    nullable: true,
    description: "Instance groups of a heterogeneous cluster.",
  })
  instanceGroups!: InstanceGroup[] | null;

  @Field(() => String, {
    nullable: true,
    description: "ARN of the training plan whose reserved capacity the job uses.",
  })
  trainingPlanArn!: string | null;

  @Field(() => InstancePlacementConfig, {
    nullable: true,
    description: "Placement of the instances on UltraServers.",
  })
  instancePlacementConfig!: InstancePlacementConfig | null;

  @Field(() => [InstancePreference], {
    nullable: true,
    description: "Instance types to try in order until one has capacity.",
  })
  instancePreferences!: InstancePreference[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Instance type SageMaker chose from the instance preferences.",
  })
  selectedInstanceType!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Number of instances of the selected instance type.",
  })
  selectedInstanceCount!: number | null;
}
