import { Field, ObjectType } from "type-graphql";
import { CollectionConfiguration } from "./collection-configuration.type.js";
import { KeyValuePair } from "./key-value-pair.type.js";

@ObjectType({ description: "SageMaker Debugger hook settings: which tensors to save and where." })
export class DebugHookConfig {
  @Field(() => String, {
    nullable: true,
    description: "Directory in the container for metrics and tensors.",
  })
  localPath!: string | null;

  @Field(() => String, { nullable: true, description: "S3 path for metrics and tensors." })
  s3OutputPath!: string | null;

  @Field(() => [KeyValuePair], {
    nullable: true,
    description: "Parameters of the Debugger hook, sorted by key.",
  })
  hookParameters!: KeyValuePair[] | null;

  @Field(() => [CollectionConfiguration], {
    nullable: true,
    description: "Tensor collections the hook saves.",
  })
  collectionConfigurations!: CollectionConfiguration[] | null;
}
