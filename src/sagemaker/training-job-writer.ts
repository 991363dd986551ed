import type { DescribeTrainingJobResponse, Tag } from "@aws-sdk/client-sagemaker";

import { UpstreamError, UpstreamErrorCode } from "../errors/gateway-errors.js";
import type { TrainingJob } from "../training-jobs/types/training-job.type.js";
import type { CallScope } from "./call-scope.js";
import type { SageMakerAccess } from "./training-job-gateway.js";

/**
 * A change made through the gateway: the job as DescribeTrainingJob returned
 * it (after a stop, or just before a tag change, which Describe does not
 * show), its tags when they were read, and when that Describe was sent
 * (epoch milliseconds).
 */
export type JobChange = { kind: "status" | "tags"; record: DescribeTrainingJobResponse; tags?: Tag[]; requestedAt: number };

export type JobChangeListener = (change: JobChange) => void;

/** Tags one SageMaker resource may carry, counting those it has (AddTags API reference). */
export const MAX_TAGS_PER_RESOURCE = 50;

/** Result of a mutation: the changed job, or why SageMaker was not asked or refused. */
export type JobWriteOutcome =
  | { kind: "done"; job: TrainingJob }
  | { kind: "notFound" }
  | { kind: "notRunning"; status: string; rejection: UpstreamError }
  | { kind: "tooManyTags"; existing: number; total: number };

/** Resolves the selected fields of a job from records just read, instead of the lagging Search index. */
type FreshReader = (record: DescribeTrainingJobResponse, tags: Tag[] | undefined, fields: ReadonlySet<string>) => Promise<TrainingJob | null>;

/**
 * The changes the gateway makes in SageMaker: stopping a job and editing its
 * tags. Each evicts the job from the shared cache, notifies `onJobChanged`
 * (subscriptions publish from it) and returns the job as it is afterwards.
 */
export class TrainingJobWriter {
  constructor(
    private readonly access: SageMakerAccess,
    private readonly scope: CallScope,
    private readonly readFresh: FreshReader,
  ) {}

  /**
   * Stops a running job. SageMaker rejects unknown and not-running jobs alike
   * with a ValidationException, so after a rejection a Describe distinguishes
   * them, rather than the error message.
   */
  async stopJob(name: string, fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    try {
      await this.access.api.stopTrainingJob(this.scope, name);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.code !== UpstreamErrorCode.REJECTED) throw error;

      const current = await this.access.api.describeTrainingJob(this.scope, name);
      if (!current) return { kind: "notFound" };
      if (current.TrainingJobStatus !== "InProgress") return { kind: "notRunning", status: current.TrainingJobStatus ?? "unknown", rejection: error };
      throw error;
    }

    const requestedAt = Date.now();
    const record = await this.access.api.describeTrainingJob(this.scope, name);
    if (!record) return { kind: "notFound" };
    return this.finishWrite("status", record, requestedAt, fields);
  }

  /** Adds or overwrites tags, after checking that the job stays within MAX_TAGS_PER_RESOURCE. */
  async addTags(name: string, tags: Tag[], fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    const requestedAt = Date.now();
    const record = await this.access.api.describeTrainingJob(this.scope, name);
    if (!record) return { kind: "notFound" };

    const existing = new Set(((await this.access.api.listAllTags(this.scope, record.TrainingJobArn!)) ?? []).map((tag) => tag.Key));
    const total = existing.size + tags.filter((tag) => !existing.has(tag.Key)).length;
    if (total > MAX_TAGS_PER_RESOURCE) return { kind: "tooManyTags", existing: existing.size, total };

    await this.access.api.addTags(this.scope, record.TrainingJobArn!, tags);
    return this.finishWrite("tags", record, requestedAt, fields);
  }

  /** Removes tags by key; keys the job lacks are ignored, as SageMaker does. */
  async removeTags(name: string, keys: string[], fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    const requestedAt = Date.now();
    const record = await this.access.api.describeTrainingJob(this.scope, name);
    if (!record) return { kind: "notFound" };

    await this.access.api.deleteTags(this.scope, record.TrainingJobArn!, keys);
    return this.finishWrite("tags", record, requestedAt, fields);
  }

  /**
   * Evicts the changed job from the shared cache, reads its tags again when
   * they changed or are selected, notifies `onJobChanged`, and resolves the
   * selected fields from the fresh records.
   */
  private async finishWrite(kind: JobChange["kind"], record: DescribeTrainingJobResponse, requestedAt: number, fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    const arn = record.TrainingJobArn!;
    this.access.cache.evictJob(record.TrainingJobName!, arn);

    const tags = kind === "tags" || fields.has("tags") ? await this.access.api.listAllTags(this.scope, arn) : undefined;
    this.access.onJobChanged?.({ kind, record, tags, requestedAt });

    const job = await this.readFresh(record, tags, fields);
    return job ? { kind: "done", job } : { kind: "notFound" };
  }
}
