import {
  AddTagsCommand,
  DeleteTagsCommand,
  DescribeTrainingJobCommand,
  ListTagsCommand,
  ListTrainingJobsCommand,
  SearchCommand,
  StopTrainingJobCommand,
  type DescribeTrainingJobResponse,
  type ListTrainingJobsRequest,
  type ListTagsOutput,
  type ListTrainingJobsResponse,
  type SageMakerClient,
  type SearchExpression,
  type SearchResponse,
  type Tag,
  type TrainingJob,
} from "@aws-sdk/client-sagemaker";

import type { CallScope } from "./call-scope.js";
import { countCall } from "./call-scope.js";
import { ConcurrencyLimiter } from "./concurrency-limiter.js";
import { isNotFound, toUpstreamError } from "./upstream-error.js";
import type { CallOutcome, UpstreamMetrics } from "./upstream-metrics.js";
import { UpstreamErrorCode } from "../errors/gateway-errors.js";

/** Any SageMaker command; each method states the output type of its own. */
type AnyCommand = { input: object };

/**
 * The SageMaker operations the gateway uses, each bounded in concurrency,
 * counted, logged with its duration and attempts, and failing only with a
 * coded `UpstreamError`. Everything above this class works with plain
 * SageMaker shapes and never sees SDK commands.
 */
export class SageMakerApi {
  private readonly limiters = new Map<string, ConcurrencyLimiter>();

  constructor(
    private readonly client: SageMakerClient,
    private readonly metrics: UpstreamMetrics,
    private readonly maxConcurrentCallsPerOperation: number,
  ) {}

  /** Returns `undefined` when SageMaker does not know the job. */
  async describeTrainingJob(scope: CallScope, name: string): Promise<DescribeTrainingJobResponse | undefined> {
    return this.call<DescribeTrainingJobResponse, undefined>(scope, "DescribeTrainingJob", () => new DescribeTrainingJobCommand({ TrainingJobName: name }), {
      notFoundValue: undefined,
    });
  }

  async listTrainingJobs(scope: CallScope, input: ListTrainingJobsRequest): Promise<ListTrainingJobsResponse> {
    return this.call<ListTrainingJobsResponse>(scope, "ListTrainingJobs", () => new ListTrainingJobsCommand(input));
  }

  /** One page of Search over training jobs. */
  async searchTrainingJobs(
    scope: CallScope,
    input: { expression?: SearchExpression; sortBy?: string; sortOrder?: "Ascending" | "Descending"; maxResults: number; nextToken?: string },
  ): Promise<{ jobs: TrainingJob[]; nextToken?: string; totalHits?: { value: number; relation: string } }> {
    const output = await this.call<SearchResponse>(
      scope,
      "Search",
      () =>
        new SearchCommand({
          Resource: "TrainingJob",
          SearchExpression: input.expression,
          SortBy: input.sortBy,
          SortOrder: input.sortOrder,
          MaxResults: input.maxResults,
          NextToken: input.nextToken,
        }),
    );

    const jobs = (output.Results ?? []).flatMap((result) => (result.TrainingJob ? [result.TrainingJob] : []));
    const totalHits =
      output.TotalHits?.Value !== undefined
        ? { value: output.TotalHits.Value, relation: output.TotalHits.Relation ?? "EqualTo" }
        : undefined;
    return { jobs, nextToken: output.NextToken, totalHits };
  }

  /** Every tag of a resource, following ListTags pages; `undefined` when the resource is unknown. */
  async listAllTags(scope: CallScope, resourceArn: string): Promise<Tag[] | undefined> {
    const tags: Tag[] = [];
    let nextToken: string | undefined;

    do {
      const token = nextToken;
      const output = await this.call<ListTagsOutput, undefined>(
        scope,
        "ListTags",
        () => new ListTagsCommand({ ResourceArn: resourceArn, MaxResults: 100, NextToken: token }),
        { notFoundValue: undefined },
      );
      if (!output) return undefined;
      tags.push(...(output.Tags ?? []));
      nextToken = output.NextToken;
    } while (nextToken);

    return tags;
  }

  async addTags(scope: CallScope, resourceArn: string, tags: Tag[]): Promise<void> {
    await this.call(scope, "AddTags", () => new AddTagsCommand({ ResourceArn: resourceArn, Tags: tags }));
  }

  async deleteTags(scope: CallScope, resourceArn: string, keys: string[]): Promise<void> {
    await this.call(scope, "DeleteTags", () => new DeleteTagsCommand({ ResourceArn: resourceArn, TagKeys: keys }));
  }

  async stopTrainingJob(scope: CallScope, name: string): Promise<void> {
    await this.call(scope, "StopTrainingJob", () => new StopTrainingJobCommand({ TrainingJobName: name }));
  }

  /**
   * Sends one command under the operation's concurrency limit, records the
   * outcome, and writes one log line per call. With `notFoundValue`, SageMaker's
   * "Requested resource not found." becomes that value instead of an error.
   */
  private async call<Output, NotFound = never>(
    scope: CallScope,
    operation: string,
    makeCommand: () => AnyCommand,
    options?: { notFoundValue: NotFound },
  ): Promise<Output | NotFound> {
    const started = performance.now();
    countCall(scope, operation);

    try {
      const output = (await this.limiter(operation).run(() =>
        // `send` is typed per command; `call` states the output type instead.
        this.client.send(makeCommand() as never),
      )) as Output & { $metadata?: { requestId?: string; attempts?: number } };
      this.finish(scope, operation, "success", started, output.$metadata);
      return output;
    } catch (error) {
      const metadata = (error as { $metadata?: { requestId?: string; attempts?: number } })?.$metadata;

      if (options && "notFoundValue" in options && isNotFound(error)) {
        this.finish(scope, operation, "not_found", started, metadata);
        return options.notFoundValue;
      }

      const upstreamError = toUpstreamError(error, operation);
      this.finish(scope, operation, outcomeOf(upstreamError.code), started, metadata, upstreamError);
      throw upstreamError;
    }
  }

  private finish(
    scope: CallScope,
    operation: string,
    outcome: CallOutcome,
    started: number,
    metadata: { requestId?: string; attempts?: number } | undefined,
    error?: { code: string; upstream: { errorName?: string } },
  ): void {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const attempts = metadata?.attempts ?? 1;
    this.metrics.record(operation, outcome, attempts, durationMs);

    const line = {
      event: "sagemaker_call",
      operation,
      outcome,
      durationMs,
      attempts,
      upstreamRequestId: metadata?.requestId,
      ...(error ? { code: error.code, errorName: error.upstream.errorName } : {}),
    };
    if (error) scope.logger.warn(line, `SageMaker ${operation} failed: ${error.code}`);
    else scope.logger.debug(line, `SageMaker ${operation}`);
  }

  private limiter(operation: string): ConcurrencyLimiter {
    let limiter = this.limiters.get(operation);
    if (!limiter) {
      limiter = new ConcurrencyLimiter(this.maxConcurrentCallsPerOperation);
      this.limiters.set(operation, limiter);
    }
    return limiter;
  }
}

function outcomeOf(code: string): CallOutcome {
  if (code === UpstreamErrorCode.THROTTLED) return "throttled";
  if (code === UpstreamErrorCode.TIMEOUT) return "timeout";
  return "error";
}
