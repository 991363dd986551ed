import { Field, ObjectType } from "type-graphql";
import { SafeInt } from "./scalars.js";
import { KeyValuePair } from "./key-value-pair.type.js";

@ObjectType({ description: "SageMaker Debugger system monitoring and framework profiling settings." })
export class ProfilerConfig {
  @Field(() => String, { nullable: true, description: "S3 path for system and framework metrics." })
  s3OutputPath!: string | null;

  @Field(() => SafeInt, {
    nullable: true,
    description: "Interval between system metric samples, in milliseconds.",
  })
  profilingIntervalInMilliseconds!: number | null;

  @Field(() => [KeyValuePair], {
    nullable: true,
    description: "Framework profiling options, sorted by key.",
  })
  profilingParameters!: KeyValuePair[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether monitoring and profiling are turned off.",
  })
  disableProfiler!: boolean | null;
}
