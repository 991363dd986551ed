import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { selectedFields } from "../training-jobs/selected-fields.js";
import { SecondaryStatus } from "../training-jobs/types/secondary-status.enum.js";
import { TrainingJobStatus } from "../training-jobs/types/training-job-status.enum.js";
import { TrainingJob } from "../training-jobs/types/training-job.type.js";
import { UNKNOWN_ENUM_VALUE } from "../training-jobs/types/upstream-enum.js";
import { WarmPoolResourceStatus } from "../training-jobs/types/warm-pool-resource-status.enum.js";
import type { JobUpdateEvent } from "./job-update-event.js";
import { notOverWebSocketError, toWatchSpec } from "./subscription-args.js";
import { isSubscriptionContext } from "./subscription-context.js";
import { TrainingJobUpdateFilter } from "./training-job-update-filter.input.js";
import { TrainingJobUpdate } from "./training-job-update.type.js";

type UpdateArgs = { names?: string[] | null; filter?: TrainingJobUpdateFilter | null };

/** Starts the event stream of one `trainingJobUpdated` operation (TypeGraphQL's `subscribe` option). */
async function subscribeToJobUpdates({ args, context }: SubscribeResolverData<unknown, UpdateArgs, GatewayContext>): Promise<AsyncIterable<JobUpdateEvent>> {
  if (!isSubscriptionContext(context)) throw notOverWebSocketError();
  return context.jobUpdates.subscribe(toWatchSpec(args.names, args.filter));
}

@Resolver(() => TrainingJobUpdate)
export class JobUpdatesResolver {
  @Subscription(() => TrainingJobUpdate, {
    subscribe: subscribeToJobUpdates,
    description:
      "Changes of training jobs: status, secondary status, warm pool status, final metrics, and tags changed through this gateway. " +
      "One poller per gateway process watches SageMaker for every subscriber; an event arrives within one polling interval " +
      "(2 seconds by default, longer when the call budget requires) of the change. Served over WebSocket (graphql-ws) only.",
  })
  trainingJobUpdated(
    @Root() event: JobUpdateEvent | undefined,
    @Arg("names", () => [String], { nullable: true, description: "Jobs to watch, 1 to 100; each first gets an INITIAL event with its current state." })
    _names: string[] | null,
    @Arg("filter", () => TrainingJobUpdateFilter, { nullable: true, description: "Which jobs and changes to receive; applies to the named jobs too." })
    _filter: TrainingJobUpdateFilter | null,
    @Ctx() context: GatewayContext,
  ): TrainingJobUpdate {
    // Over HTTP, Apollo Server runs this method once without an event.
    if (!event || !isSubscriptionContext(context)) throw notOverWebSocketError();

    return Object.assign(new TrainingJobUpdate(), {
      trainingJobName: event.name,
      changes: event.changes,
      previousTrainingJobStatus: known(TrainingJobStatus, event.previous.trainingJobStatus),
      previousSecondaryStatus: known(SecondaryStatus, event.previous.secondaryStatus),
      previousWarmPoolStatus: known(WarmPoolResourceStatus, event.previous.warmPoolStatus),
      observedAt: new Date(event.observedAt),
      event,
      eventContext: context.createEventContext(),
    });
  }

  @FieldResolver(() => TrainingJob, {
    nullable: true,
    description: "The job as it is now, with any fields selected; null when SageMaker no longer knows it.",
  })
  async job(@Root() update: TrainingJobUpdate, @Info() info: GraphQLResolveInfo): Promise<TrainingJob | null> {
    const { event, eventContext } = update;
    if (event.fresh) eventContext.trainingJobs.useFreshRecords(event.fresh.record, event.fresh.tags);
    return eventContext.trainingJobs.getJob(event.name, selectedFields(info), event.summary);
  }
}

/** Returns the enum value for a SageMaker string: `UNKNOWN` for one the enum lacks, null for none. */
function known<T extends string>(enumObject: Record<string, T>, value: string | undefined): T | null {
  if (value === undefined) return null;
  return (Object.values(enumObject) as string[]).includes(value) ? (value as T) : (UNKNOWN_ENUM_VALUE as T);
}
