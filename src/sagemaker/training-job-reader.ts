import type { DescribeTrainingJobResponse, Tag, TrainingJob as SageMakerTrainingJob, TrainingJobSummary } from "@aws-sdk/client-sagemaker";

import { UpstreamError, UpstreamErrorCode } from "../errors/gateway-errors.js";
import type { TrainingJob } from "../training-jobs/types/training-job.type.js";
import { TERMINAL_STATUSES, type FieldNeeds } from "./job-views.js";
import { InvalidSageMakerRecordError, mapTrainingJob, type MapOptions } from "./mapping/index.js";
import type { TrainingJobLoaders } from "./training-job-loaders.js";

type SageMakerRecord = Partial<SageMakerTrainingJob & DescribeTrainingJobResponse>;

/** A job to resolve: its name, and its summary when a list page supplied one. */
export type JobReference = { name: string; summary?: TrainingJobSummary };

/**
 * Resolves `TrainingJob` objects from the cheapest views that serve the
 * selected fields fresh enough (see job-views.ts):
 *
 * 1. Summary fields of a listed job come from its summary: no call.
 * 2. Other fields come from a Search record, batched 100 names a call.
 * 3. DescribeTrainingJob is called when a Describe-only field is selected, when
 *    Search has not indexed the job, or when the Search record may be stale for
 *    a selected field. A record is stale when its LastModifiedTime is older
 *    than the summary's or, without a summary, when the job is not in a
 *    terminal status.
 * 4. Tags come with the Search record; ListTags only when there is none.
 *
 * Every step goes through the request's loaders, so calling this for all the
 * jobs of a page at once costs one call per view, not one per job.
 */
export class TrainingJobReader {
  constructor(
    private readonly loaders: TrainingJobLoaders,
    private readonly mapOptions: MapOptions,
  ) {}

  /** Reads the job; returns `null` when SageMaker does not know it. */
  async read(reference: JobReference, needs: FieldNeeds): Promise<TrainingJob | null> {
    try {
      const record = await this.loadRecord(reference, needs);
      return record ? this.map(record) : null;
    } catch (error) {
      if (!(error instanceof UpstreamError) || !reference.summary) throw error;
      return this.partial(reference.summary, needs, error);
    }
  }

  /** Maps a record; a record that breaks the SageMaker model counts as an upstream failure. */
  private map(record: SageMakerRecord): TrainingJob {
    try {
      return mapTrainingJob(record as never, this.mapOptions);
    } catch (error) {
      if (!(error instanceof InvalidSageMakerRecordError)) throw error;
      throw new UpstreamError(
        UpstreamErrorCode.UNAVAILABLE,
        `SageMaker returned an invalid record for job ${JSON.stringify(record.TrainingJobName)} at ${error.path}.`,
        { operation: "mapping" },
      );
    }
  }

  private async loadRecord(reference: JobReference, needs: FieldNeeds): Promise<SageMakerRecord | undefined> {
    const { name, summary } = reference;
    if (summary && needs.summaryOnly) return { ...summary };

    // Describe serves every field but tags, so with a Describe-only field
    // selected, Search is read only for tags, and both calls go out together.
    // Without a summary, even a bare name needs a view, to tell whether the job exists.
    const wantsSearch = needs.tags || (!needs.describeOnly && (needs.record || needs.status || !summary));
    const [searchRecord, earlyDescribe] = await Promise.all([
      wantsSearch ? this.loaders.searchRecordLoader.load(name) : undefined,
      needs.describeOnly ? this.loaders.describeLoader.load(name) : undefined,
    ]);

    const describeNeeded =
      needs.describeOnly || (wantsSearch && !searchRecord) || (searchRecord !== undefined && isStale(searchRecord, summary, needs));
    const described = earlyDescribe ?? (describeNeeded ? await this.loaders.describeLoader.load(name) : undefined);
    if (!searchRecord && !described) {
      return summary && !describeNeeded ? { ...summary } : undefined;
    }

    let tags: Tag[] | undefined;
    if (needs.tags) {
      tags = searchRecord ? (searchRecord.Tags ?? []) : await this.loaders.tagsLoader.load(described!.TrainingJobArn!);
    }

    // Describe is the freshest view; a summary only fills in when there is none.
    const freshest: SageMakerRecord = described ?? { ...searchRecord, ...summaryMembers(summary, searchRecord) };
    return { ...searchRecord, ...freshest, ...(tags ? { Tags: tags } : {}) };
  }

  /** Builds the job from its summary, with every other selected field failing with `error`. */
  private partial(summary: TrainingJobSummary, needs: FieldNeeds, error: UpstreamError): TrainingJob {
    const job = this.map({ ...summary }) as unknown as Record<string, unknown>;
    for (const field of needs.fields) {
      // graphql-js reports a field whose value is an Error as that field's error.
      if (job[field] === undefined || job[field] === null) job[field] = error;
    }
    return job as unknown as TrainingJob;
  }
}

/** Summary members newer than the Search record's, which override it. */
function summaryMembers(summary: TrainingJobSummary | undefined, record: SageMakerRecord | undefined): SageMakerRecord {
  if (!summary) return {};
  const { TrainingPlanArn: _plan, ...members } = summary;
  if (!record?.LastModifiedTime || !summary.LastModifiedTime) return members;
  return summary.LastModifiedTime >= record.LastModifiedTime ? members : {};
}

function isStale(record: SageMakerRecord, summary: TrainingJobSummary | undefined, needs: FieldNeeds): boolean {
  if (summary) {
    const behind =
      record.TrainingJobStatus !== summary.TrainingJobStatus ||
      (summary.LastModifiedTime?.getTime() ?? 0) > (record.LastModifiedTime?.getTime() ?? 0);
    return behind && needs.volatile;
  }
  if (record.TrainingJobStatus && TERMINAL_STATUSES.has(record.TrainingJobStatus)) return false;
  return needs.volatile || needs.status;
}
