import type { Logger } from "pino";

import type { TrainingJob } from "../training-jobs/types/training-job.type.js";
import type { CallScope } from "./call-scope.js";
import { classifyFields } from "./job-views.js";
import { ListCursorCodec } from "./list-cursor.js";
import { readListPage, type TrainingJobListQuery } from "./list-pager.js";
import type { SageMakerApi } from "./sagemaker-api.js";
import { readSearchPage, type TrainingJobSearchQuery } from "./search-pager.js";
import type { SharedJobCache } from "./shared-job-cache.js";
import { createTrainingJobLoaders, type TrainingJobLoaders } from "./training-job-loaders.js";
import { TrainingJobReader } from "./training-job-reader.js";

/** The parts of the access layer that live as long as the process. */
export type SageMakerAccess = {
  api: SageMakerApi;
  cache: SharedJobCache;
  cursorCodec: ListCursorCodec;
  maxUpstreamPages: number;
  logger: Logger;
};

export type JobEdge = { cursor: string; node: TrainingJob | null | Error };

export type JobPage = {
  edges: JobEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Search's count of matches; absent for ListTrainingJobs, which has none. */
  totalCount?: { value: number; relation: string };
};

/**
 * What resolvers ask of SageMaker during one request. Each method takes the
 * names of the `TrainingJob` fields the query selects, so that it reads only
 * the views those fields need (see TrainingJobReader).
 */
export class TrainingJobGateway {
  private readonly reader: TrainingJobReader;
  private readonly loaders: TrainingJobLoaders;

  constructor(
    protected readonly access: SageMakerAccess,
    protected readonly scope: CallScope,
  ) {
    this.loaders = createTrainingJobLoaders({ api: access.api, cache: access.cache, scope });
    this.reader = new TrainingJobReader(this.loaders, { onUnknownEnumValue: unknownEnumReporter(access.logger) });
  }

  /** One job, or `null` when SageMaker does not know it. */
  async getJob(name: string, fields: ReadonlySet<string>): Promise<TrainingJob | null> {
    return this.reader.read({ name }, classifyFields(fields));
  }

  /** A page of ListTrainingJobs, with each job's selected fields resolved in batches. */
  async listJobs(
    query: TrainingJobListQuery,
    page: { first: number; after?: string },
    fields: ReadonlySet<string>,
  ): Promise<JobPage> {
    const listed = await readListPage(this.access.api, this.scope, this.access.cursorCodec, {
      query,
      first: page.first,
      after: page.after,
      maxUpstreamPages: this.access.maxUpstreamPages,
    });

    const needs = classifyFields(fields);
    const nodes = await Promise.all(
      listed.jobs.map(({ summary }) =>
        this.reader.read({ name: summary.TrainingJobName!, summary }, needs).catch((error: Error) => error),
      ),
    );

    return {
      edges: listed.jobs.map((job, index) => ({ cursor: job.cursor, node: nodes[index] })),
      pageInfo: { hasNextPage: listed.hasNextPage, endCursor: listed.endCursor },
    };
  }

  /**
   * A page of Search results. The records Search returns serve the selected
   * fields directly: they are primed into the request's Search loader, so
   * only Describe-only fields and running jobs' changing fields cost more.
   */
  async searchJobs(
    query: TrainingJobSearchQuery,
    page: { first: number; after?: string },
    fields: ReadonlySet<string>,
  ): Promise<JobPage> {
    const searched = await readSearchPage(this.access.api, this.scope, this.access.cursorCodec, {
      query,
      first: page.first,
      after: page.after,
    });
    for (const record of searched.records) {
      if (record.TrainingJobName) this.loaders.searchRecordLoader.prime(record.TrainingJobName, record);
    }

    const needs = classifyFields(fields);
    const nodes = await Promise.all(
      searched.records.map((record) => this.reader.read({ name: record.TrainingJobName! }, needs).catch((error: Error) => error)),
    );

    return {
      edges: searched.records.map((_, index) => ({ cursor: searched.cursors[index], node: nodes[index] })),
      pageInfo: { hasNextPage: searched.hasNextPage, endCursor: searched.endCursor },
      totalCount: searched.totalHits,
    };
  }
}

const reportedEnumValues = new Set<string>();

/** Logs each enum value SageMaker sends that the schema does not know, once per process. */
function unknownEnumReporter(logger: Logger) {
  return (enumName: string, value: string, path: string) => {
    const key = `${enumName}\u0000${value}`;
    if (reportedEnumValues.has(key)) return;

    reportedEnumValues.add(key);
    logger.warn(
      { event: "unknown_enum_value", enumName, value, path },
      `SageMaker returned ${enumName} value "${value}", which this gateway version does not know; it is served as UNKNOWN.`,
    );
  };
}
