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
import { UpstreamError, UpstreamErrorCode } from "../errors/gateway-errors.js";
import { RepeatLogLimiter } from "../observability/repeat-log-limiter.js";

/** Any SageMaker command; each method states the output type of its own. */
type AnyCommand = { input: object };

/** At most one log line per operation and error code in this many milliseconds; the rest are counted. */
const FAILURE_LOG_WINDOW_MS = 10_000;

/**
 * How long after a throttled call a call cut by the request deadline counts
 * as throttled rather than timed out. While SageMaker throttles, calls wait
 * longer: the SDK backs off before each retry and calls queue behind the
 * per-operation concurrency limit, so the throttle is the likely cause.
 * NOTE: 30 s is an estimate, not a figure from SageMaker or the SDK.
 */
const THROTTLE_BACKOFF_WINDOW_MS = 30_000;

/**
 * The SageMaker operations the gateway uses, each bounded in concurrency,
 * counted, logged with its duration and attempts, and failing only with a
 * coded `UpstreamError`. Everything above this class works with plain
 * SageMaker shapes and never handles SDK commands.
 */
export class SageMakerApi {
  private readonly limiters = new Map<string, ConcurrencyLimiter>();
  private readonly failureLog = new RepeatLogLimiter(FAILURE_LOG_WINDOW_MS);
  /** Failures already logged for a request, as `operation:code`; each is logged once per request. */
  private readonly loggedFailures = new WeakMap<CallScope, Set<string>>();
  private lastSuccess: number | undefined;
  private lastThrottle: number | undefined;

  constructor(
    private readonly client: SageMakerClient,
    private readonly metrics: UpstreamMetrics,
    private readonly maxConcurrentCallsPerOperation: number,
  ) {}

  /** Epoch milliseconds of the last call SageMaker responded to without an error (not-found included), or undefined before the first. */
  get lastAnsweredAt(): number | undefined {
    return this.lastSuccess;
  }

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

  /** Reads every tag of a resource, following ListTags pages; returns `undefined` when the resource is unknown. */
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
   * outcome, and writes one log line per call (failures rate-limited, see
   * logFailure). With `notFoundValue`, SageMaker's "Requested resource not
   * found." becomes that value instead of an error. A scope whose deadline
   * has passed gets UPSTREAM_TIMEOUT without a call.
   */
  private async call<Output, NotFound = never>(
    scope: CallScope,
    operation: string,
    makeCommand: () => AnyCommand,
    options?: { notFoundValue: NotFound },
  ): Promise<Output | NotFound> {
    const signal = scope.signal;
    if (signal?.aborted) throw this.deadlineError(operation, signal.reason);
    const started = performance.now();
    countCall(scope, operation);

    try {
      const sending = this.limiter(operation).run(() => {
        // The deadline may pass while the call waits for a free slot.
        if (signal?.aborted) throw signal.reason;
        // `send` is typed per command; `call` states the output type instead.
        return this.client.send(makeCommand() as never, { abortSignal: signal });
      });
      const output = (await untilAborted(sending, signal)) as Output & { $metadata?: { requestId?: string; attempts?: number } };
      this.lastSuccess = Date.now();
      this.limiter(operation).recordSuccess();
      this.finish(scope, operation, "success", started, output.$metadata);
      return output;
    } catch (error) {
      const metadata = (error as { $metadata?: { requestId?: string; attempts?: number } })?.$metadata;

      if (options && "notFoundValue" in options && isNotFound(error)) {
        this.lastSuccess = Date.now();
        this.finish(scope, operation, "not_found", started, metadata);
        return options.notFoundValue;
      }

      const upstreamError = signal?.aborted ? this.deadlineError(operation, signal.reason) : toUpstreamError(error, operation);
      if (upstreamError.code === UpstreamErrorCode.THROTTLED) {
        this.lastThrottle = Date.now();
        this.limiter(operation).recordThrottle();
      }
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
    if (error) this.logFailure(scope, line, error.code);
    else scope.logger.debug(line, `SageMaker ${operation}`);
  }

  /**
   * Logs a failed call once per request for each operation and error code,
   * and across requests at most once per FAILURE_LOG_WINDOW_MS, with the
   * number of lines held back since the previous one. Every failure still
   * counts in the metrics and in its request's log line.
   */
  private logFailure(scope: CallScope, line: Record<string, unknown> & { operation: string }, code: string): void {
    const key = `${line.operation}:${code}`;
    let logged = this.loggedFailures.get(scope);
    if (!logged) {
      logged = new Set();
      this.loggedFailures.set(scope, logged);
    }
    if (logged.has(key)) return;
    logged.add(key);

    const decision = this.failureLog.check(key);
    if (!decision.log) return;
    const heldBack = decision.suppressed > 0 ? `; ${decision.suppressed} more like it since the previous line` : "";
    scope.logger.warn({ ...line, suppressed: decision.suppressed }, `SageMaker ${line.operation} failed: ${code}${heldBack}`);
  }

  /** Builds the error of a call cut by its request's deadline: throttled within THROTTLE_BACKOFF_WINDOW_MS of a throttle, timed out otherwise. */
  private deadlineError(operation: string, reason: unknown): UpstreamError {
    const detail = reason instanceof Error ? reason.message : "the request deadline passed";
    const upstream = { operation, errorName: "RequestDeadline" };

    if (this.lastThrottle !== undefined && Date.now() - this.lastThrottle < THROTTLE_BACKOFF_WINDOW_MS) {
      return new UpstreamError(
        UpstreamErrorCode.THROTTLED,
        `SageMaker did not answer ${operation} in time: ${detail} while the gateway backs off after SageMaker throttled it. ` +
          "Retry later or reduce the number of jobs requested.",
        upstream,
      );
    }
    return new UpstreamError(
      UpstreamErrorCode.TIMEOUT,
      `SageMaker did not answer ${operation} in time: ${detail}. Request fewer jobs or retry later.`,
      upstream,
    );
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

/** Settles with `promise`, or rejects with the abort reason as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;

  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function outcomeOf(code: string): CallOutcome {
  if (code === UpstreamErrorCode.THROTTLED) return "throttled";
  if (code === UpstreamErrorCode.TIMEOUT) return "timeout";
  return "error";
}
