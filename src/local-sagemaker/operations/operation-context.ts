import type { Clock } from "../clock.js";
import type { PageTokenCodec } from "../pagination/page-token-codec.js";
import type { StopSequence } from "../progression/stop-sequence.js";
import type { JobStore } from "../store/job-store.js";
import type { ArnScope } from "../store/training-job-arn.js";
import type { RequestBody } from "../validation/request-members.js";
import type { StoredJob } from "../wire.js";

/** Evaluates a wire Search request over the jobs Search can see (the `search/` module's `runSearch`). */
export type SearchFunction = (
  jobs: readonly StoredJob[],
  request: Record<string, unknown>,
) => { Results: { TrainingJob: Record<string, unknown> }[]; NextToken?: string; TotalHits?: { Value: number; Relation: string } };

/** Services that operation handlers use, one instance per server. */
export type OperationContext = {
  store: JobStore;
  tokens: PageTokenCodec;
  clock: Clock;
  arnScope: ArnScope;
  search: SearchFunction;
  stops: StopSequence;
};

/**
 * Runs one operation on a parsed request body and returns the response body.
 * Expected failures are thrown as LocalServiceError.
 */
export type OperationHandler = (request: RequestBody, context: OperationContext) => Record<string, unknown>;
