import type { SharedJobCache } from "../sagemaker/shared-job-cache.js";
import type { UpstreamMetrics } from "../sagemaker/upstream-metrics.js";
import { formatExposition, LabeledCounter, LabeledHistogram, type MetricFamily } from "./prometheus-text.js";

/** Final state of a request to `/graphql`, as counted and logged. */
export type RequestOutcome = "ok" | "error" | "rejected" | "aborted";

/** Reason a request was rejected before it ran. */
export type RejectionReason =
  | "body_too_large"
  | "invalid_json"
  | "unsupported_media_type"
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "parse_failed"
  | "validation_failed"
  | "operation_not_found"
  | "invalid_variables"
  | "max_depth"
  | "max_aliases"
  | "max_root_fields"
  | "max_cost";

/** Upper bounds of the request latency buckets, in seconds. */
const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Distinct operation names kept as label values. Clients choose operation
 * names, so the set is bounded: later names are counted under `other`.
 */
const MAX_OPERATION_LABELS = 100;

/**
 * The gateway's Prometheus metrics. Request counters and latencies are
 * recorded here as requests finish. Upstream calls, retries, throttles and
 * cache counters are read from the access layer's own counters at each
 * scrape, so they cannot drift from what the access layer counted.
 */
export class GatewayMetrics {
  private readonly requests = new LabeledCounter(
    "gateway_graphql_requests_total",
    "Requests to /graphql by operation name and outcome (ok, error, rejected, aborted).",
  );
  private readonly latency = new LabeledHistogram(
    "gateway_graphql_request_duration_seconds",
    "Time from receiving a /graphql request to sending its response, by operation name.",
    LATENCY_BUCKETS_SECONDS,
  );
  private readonly rejections = new LabeledCounter(
    "gateway_rejected_requests_total",
    "Requests rejected before any SageMaker call, by reason.",
  );
  private readonly operationLabels = new Set<string>();

  constructor(private readonly sources: { upstream: UpstreamMetrics; cache: SharedJobCache }) {}

  /**
   * Records one finished request. `operation` is the operation name,
   * `anonymous` for an operation without one, or `none` when no operation
   * was resolved.
   */
  recordRequest(operation: string, outcome: RequestOutcome, seconds: number, rejection?: RejectionReason): void {
    const label = this.operationLabel(operation);
    this.requests.inc({ operation: label, outcome });
    this.latency.observe({ operation: label }, seconds);
    if (rejection) this.rejections.inc({ reason: rejection });
  }

  /** Renders the metrics in the Prometheus text format. */
  render(): string {
    return formatExposition([this.requests.family(), this.latency.family(), this.rejections.family(), ...this.collected()]);
  }

  private operationLabel(operation: string): string {
    if (this.operationLabels.has(operation)) return operation;
    if (this.operationLabels.size >= MAX_OPERATION_LABELS) return "other";
    this.operationLabels.add(operation);
    return operation;
  }

  /** Families read from the access layer at scrape time. */
  private collected(): MetricFamily[] {
    const { upstream, cache } = this.sources;
    const calls = Object.entries(upstream.callsByOperation());
    const memory = process.memoryUsage();

    return [
      counterFamily(
        "gateway_upstream_calls_total",
        "SageMaker calls by operation and outcome (success, not_found, throttled, timeout, error); retries inside a call are not counted.",
        calls.flatMap(([operation, outcomes]) =>
          Object.entries(outcomes).map(([outcome, value]) => ({ labels: { operation, outcome }, value: value ?? 0 })),
        ),
      ),
      counterFamily(
        "gateway_upstream_throttled_calls_total",
        "SageMaker calls that stayed throttled after the SDK's retries, by operation.",
        calls.map(([operation, outcomes]) => ({ labels: { operation }, value: outcomes.throttled ?? 0 })),
      ),
      counterFamily(
        "gateway_upstream_retries_total",
        "Retries the SDK made inside SageMaker calls, by operation.",
        Object.entries(upstream.retriesByOperation()).map(([operation, value]) => ({ labels: { operation }, value })),
      ),
      counterFamily(
        "gateway_upstream_call_seconds_total",
        "Time spent in SageMaker calls, retries and waits for a concurrency slot included, by operation.",
        Object.entries(upstream.durationSecondsByOperation()).map(([operation, value]) => ({ labels: { operation }, value })),
      ),
      counterFamily("gateway_cache_hits_total", "Loads served by the shared job cache.", [{ value: cache.hits }]),
      counterFamily("gateway_cache_misses_total", "Loads the shared job cache could not serve.", [{ value: cache.misses }]),
      gaugeFamily("gateway_cache_entries", "Answers held by the shared job cache.", cache.size),
      gaugeFamily("process_resident_memory_bytes", "Resident set size of the process.", memory.rss),
      gaugeFamily("nodejs_heap_used_bytes", "V8 heap in use.", memory.heapUsed),
    ];
  }
}

function counterFamily(name: string, help: string, series: Array<{ labels?: Record<string, string>; value: number }>): MetricFamily {
  return { name, help, type: "counter", samples: series.map(({ labels, value }) => ({ name, labels, value })) };
}

function gaugeFamily(name: string, help: string, value: number): MetricFamily {
  return { name, help, type: "gauge", samples: [{ name, value }] };
}
