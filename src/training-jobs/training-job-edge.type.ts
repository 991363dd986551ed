import { Field, ObjectType } from "type-graphql";

import { TrainingJob } from "./types/training-job.type.js";

@ObjectType({ description: "One training job of a connection page, with its cursor." })
export class TrainingJobEdge {
  @Field(() => String, { description: "Opaque cursor that resumes the list right after this job." })
  cursor!: string;

  @Field(() => TrainingJob, {
    nullable: true,
    description: "The job; null, with an error on this path, when its details could not be read.",
  })
  node!: TrainingJob | null;
}
