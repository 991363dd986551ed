import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Infrastructure health check settings of a training job." })
export class InfraCheckConfig {
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether SageMaker checks instance hardware and cluster networking before training.",
  })
  enableInfraCheck!: boolean | null;
}
