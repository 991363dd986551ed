import { Field, InputType } from "type-graphql";

import { TrainingJobStatus } from "../training-jobs/types/training-job-status.enum.js";
import { JobChangeKind } from "./job-change.enum.js";

@InputType({ description: "Which job changes a trainingJobUpdated subscription receives. Every filter given must match." })
export class TrainingJobUpdateFilter {
  @Field(() => TrainingJobStatus, {
    nullable: true,
    description: "Only jobs that had this status before or after the change, so that a job leaving the status is reported too.",
  })
  statusEquals?: TrainingJobStatus | null;

  @Field(() => String, { nullable: true, description: "Only jobs whose name contains this text, ignoring case." })
  nameContains?: string | null;

  @Field(() => [JobChangeKind], {
    nullable: true,
    description: "Only events with at least one of these changes; every kind when omitted. INITIAL events are always sent.",
  })
  changes?: JobChangeKind[] | null;
}
