import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Mutation, Resolver } from "type-graphql";

import { requireRole } from "../auth/require-role.js";
import type { GatewayContext } from "../context/gateway-context.js";
import { BadUserInputError } from "../errors/gateway-errors.js";
import { MAX_TAGS_PER_RESOURCE, type JobWriteOutcome } from "../sagemaker/training-job-gateway.js";
import { selectedFields } from "../training-jobs/selected-fields.js";
import { assertValidJobName } from "../training-jobs/training-job-name.js";
import { TrainingJob } from "../training-jobs/types/training-job.type.js";
import { JobNotFoundError, JobNotRunningError } from "./job-control.errors.js";
import { runLoggedMutation } from "./job-mutation.log.js";
import { assertValidTagKeys, assertValidTags } from "./tag-rules.js";
import { TagInput } from "./tag.input.js";

/**
 * Mutations that change training jobs, for callers with the `operator` role.
 * Each checks its input before calling SageMaker, evicts the job from the
 * shared cache, returns the job as SageMaker shows it right after the change,
 * notifies subscribers, and writes one log line (see runLoggedMutation).
 */
@Resolver()
export class JobControlResolver {
  @Mutation(() => TrainingJob, {
    description:
      "Stops a running (InProgress) training job. SageMaker moves it to Stopping at once and to Stopped when the training container has exited.",
  })
  async stopTrainingJob(
    @Arg("name", () => String, { description: "Name of the job to stop." }) name: string,
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingJob> {
    return runLoggedMutation(context, { operation: "stopTrainingJob", job: name }, async () => {
      requireRole(context.caller, "operator", "Mutation.stopTrainingJob");
      assertValidJobName(name);

      return jobOrError(name, await context.trainingJobs.stopJob(name, selectedFields(info)));
    });
  }

  @Mutation(() => TrainingJob, {
    description: `Adds tags to a training job, replacing the values of keys it already has. A job carries at most ${MAX_TAGS_PER_RESOURCE} tags.`,
  })
  async addTrainingJobTags(
    @Arg("name", () => String, { description: "Name of the job to tag." }) name: string,
    @Arg("tags", () => [TagInput], { description: "Tags to add: 1 to 50, each key once." }) tags: TagInput[],
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingJob> {
    return runLoggedMutation(context, { operation: "addTrainingJobTags", job: name }, async () => {
      requireRole(context.caller, "operator", "Mutation.addTrainingJobTags");
      assertValidJobName(name);
      assertValidTags(tags);

      const sdkTags = tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
      return jobOrError(name, await context.trainingJobs.addTags(name, sdkTags, selectedFields(info)));
    });
  }

  @Mutation(() => TrainingJob, {
    description: "Removes tags from a training job by key. Keys the job does not have are ignored.",
  })
  async removeTrainingJobTags(
    @Arg("name", () => String, { description: "Name of the job to untag." }) name: string,
    @Arg("keys", () => [String], { description: "Keys of the tags to remove: 1 to 50, each once." }) keys: string[],
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingJob> {
    return runLoggedMutation(context, { operation: "removeTrainingJobTags", job: name }, async () => {
      requireRole(context.caller, "operator", "Mutation.removeTrainingJobTags");
      assertValidJobName(name);
      assertValidTagKeys(keys);

      return jobOrError(name, await context.trainingJobs.removeTags(name, keys, selectedFields(info)));
    });
  }
}

/** Returns the changed job, or throws the coded error for the outcome. */
function jobOrError(name: string, outcome: JobWriteOutcome): TrainingJob {
  switch (outcome.kind) {
    case "done":
      return outcome.job;
    case "notFound":
      throw new JobNotFoundError(name);
    case "notRunning":
      throw new JobNotRunningError(name, outcome.status, outcome.rejection.message);
    case "tooManyTags":
      throw new BadUserInputError(
        `Adding these tags would give job ${JSON.stringify(name)} ${outcome.total} tags (it has ${outcome.existing}); a job carries at most ${MAX_TAGS_PER_RESOURCE}. Remove tags first.`,
        { argumentName: "tags" },
      );
  }
}
