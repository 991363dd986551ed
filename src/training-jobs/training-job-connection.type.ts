import { Field, ObjectType } from "type-graphql";

import { PageInfo } from "./page-info.type.js";
import { TotalCount } from "./total-count.type.js";
import { TrainingJobEdge } from "./training-job-edge.type.js";

@ObjectType({ description: "A page of training jobs in Relay connection form." })
export class TrainingJobConnection {
  @Field(() => [TrainingJobEdge], { description: "The jobs of this page, in the requested order." })
  edges!: TrainingJobEdge[];

  @Field(() => PageInfo, { description: "Whether more jobs follow, and the cursor to read them." })
  pageInfo!: PageInfo;

  @Field(() => TotalCount, {
    nullable: true,
    description: "Number of matches when SageMaker reports one (Search does, ListTrainingJobs does not).",
  })
  totalCount?: TotalCount | null;
}
