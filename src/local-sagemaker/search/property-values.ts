import type { StoredJob } from "../wire.js";
import type { PropertyReference } from "./property-name.js";

/**
 * Collects the values a property has in one job. A property is multi-valued
 * when its path crosses a list (`SecondaryStatusTransitions.Status`), and a
 * list at the end of the path contributes its elements, so an empty list
 * means the property does not exist. Absent members and nulls contribute
 * nothing.
 */
export function resolveProperty(stored: StoredJob, reference: PropertyReference): unknown[] {
  switch (reference.source) {
    case "metric":
      return metricValues(stored, reference.metricName);
    case "hyperParameter":
      return hyperParameterValues(stored, reference.hyperParameterName);
    case "tag":
      return stored.tags.filter((tag) => tag.Key === reference.tagKey).map((tag) => tag.Value);
    case "record":
      return resolveRecordPath(stored, reference.segments);
  }
}

/**
 * Walks a dotted path through the job record. The first segment `Tags`
 * enters the stored tags, since Search records carry them as a member.
 */
export function resolveRecordPath(stored: StoredJob, segments: readonly string[]): unknown[] {
  const [first, ...rest] = segments;
  if (first === "Tags") return walk(stored.tags, rest);
  return walk(stored.job, segments);
}

/** Walks a path relative to one element of a nested list. */
export function walk(value: unknown, segments: readonly string[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((element) => walk(element, segments));
  if (segments.length === 0) return [value];
  if (typeof value !== "object") return [];

  const [first, ...rest] = segments;
  return walk((value as Record<string, unknown>)[first], rest);
}

function metricValues(stored: StoredJob, metricName: string): unknown[] {
  const metrics = stored.job.FinalMetricDataList;
  if (!Array.isArray(metrics)) return [];

  return metrics
    .filter((metric) => isRecord(metric) && metric.MetricName === metricName)
    .map((metric) => (metric as Record<string, unknown>).Value)
    .filter((value) => value !== undefined && value !== null);
}

function hyperParameterValues(stored: StoredJob, hyperParameterName: string): unknown[] {
  const hyperParameters = stored.job.HyperParameters;
  if (!isRecord(hyperParameters)) return [];

  const value = hyperParameters[hyperParameterName];
  return value === undefined || value === null ? [] : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
