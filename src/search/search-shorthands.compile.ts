import type { HyperParameterCondition } from "./hyper-parameter-condition.input.js";
import type { MetricCondition } from "./metric-condition.input.js";
import type { TrainingJobSearchExpression } from "./search-expression.input.js";
import type { LocatedFilter, LocatedNestedFilters } from "./search-expression.located.js";
import { SearchOperator } from "./search-operator.enum.js";

/** Channel member that inputS3UriPrefix compares. */
export const INPUT_S3_URI_PROPERTY = "InputDataConfig.DataSource.S3DataSource.S3Uri";

/** The bound fields of metric and hyperparameter conditions, with the operator each compiles to. */
const BOUNDS = [
  ["gt", SearchOperator.GREATER_THAN],
  ["gte", SearchOperator.GREATER_THAN_OR_EQUAL_TO],
  ["lt", SearchOperator.LESS_THAN],
  ["lte", SearchOperator.LESS_THAN_OR_EQUAL_TO],
] as const;

/**
 * Compiles the shorthands of one expression node into SageMaker filters, in
 * the order the input type declares them. Each filter carries the path of
 * the shorthand it came from, such as `where.metric[1].gte`. Values are
 * passed on as given; the validator checks and normalizes them.
 */
export function compileShorthands(
  where: TrainingJobSearchExpression,
  path: string,
): { filters: LocatedFilter[]; nestedFilters: LocatedNestedFilters[] } {
  const filters: LocatedFilter[] = [];
  const add = (name: string, operator: SearchOperator, value: string | undefined, at: string) =>
    filters.push({ name, operator, ...(value === undefined ? {} : { value }), at: shorthandLocation(at) });

  if (isGiven(where.status)) add("TrainingJobStatus", SearchOperator.EQUALS, where.status, `${path}.status`);
  if (isGiven(where.nameContains)) add("TrainingJobName", SearchOperator.CONTAINS, where.nameContains, `${path}.nameContains`);
  if (isGiven(where.nameEquals)) add("TrainingJobName", SearchOperator.EQUALS, where.nameEquals, `${path}.nameEquals`);
  if (isGiven(where.createdAfter)) {
    add("CreationTime", SearchOperator.GREATER_THAN, where.createdAfter.toISOString(), `${path}.createdAfter`);
  }
  if (isGiven(where.createdBefore)) {
    add("CreationTime", SearchOperator.LESS_THAN, where.createdBefore.toISOString(), `${path}.createdBefore`);
  }

  (where.metric ?? []).forEach((condition, index) => {
    for (const bound of metricBounds(condition)) {
      add(`Metrics.${condition.name}`, bound.operator, String(bound.value), `${path}.metric[${index}].${bound.field}`);
    }
  });

  (where.hyperParameter ?? []).forEach((condition, index) => {
    const at = `${path}.hyperParameter[${index}]`;
    const name = `HyperParameters.${condition.name}`;
    if (isGiven(condition.equals)) add(name, SearchOperator.EQUALS, condition.equals, `${at}.equals`);
    for (const bound of rangeBounds(condition)) {
      add(name, bound.operator, toDecimalText(bound.value), `${at}.${bound.field}`);
    }
  });

  (where.tag ?? []).forEach((condition, index) => {
    const at = `${path}.tag[${index}]`;
    if (isGiven(condition.value)) add(`Tags.${condition.key}`, SearchOperator.EQUALS, condition.value, `${at}.value`);
    else add(`Tags.${condition.key}`, SearchOperator.EXISTS, undefined, at);
  });

  if (isGiven(where.instanceType)) add("ResourceConfig.InstanceType", SearchOperator.EQUALS, where.instanceType, `${path}.instanceType`);
  if (isGiven(where.tuningJobArn)) add("TuningJobArn", SearchOperator.EQUALS, where.tuningJobArn, `${path}.tuningJobArn`);

  return { filters, nestedFilters: compileInputS3UriPrefix(where, path) };
}

/**
 * Compiles inputS3UriPrefix into a CONTAINS on one channel's S3 URI. SageMaker
 * has no prefix operator. The input check requires the text to start with
 * `s3://`, and a URI contains `s3://` only at its start, so containing the text
 * means starting with it.
 *
 * NOTE: an object key that itself contains `s3://<the prefix>` would match
 * too; S3 allows such keys, but they are not expected in training inputs.
 */
function compileInputS3UriPrefix(where: TrainingJobSearchExpression, path: string): LocatedNestedFilters[] {
  if (!isGiven(where.inputS3UriPrefix)) return [];

  const at = `${path}.inputS3UriPrefix`;
  return [
    {
      nestedPropertyName: "InputDataConfig",
      filters: [
        { name: INPUT_S3_URI_PROPERTY, operator: SearchOperator.CONTAINS, value: where.inputS3UriPrefix, at: shorthandLocation(at) },
      ],
      path: at,
    },
  ];
}

type Bound = { field: string; operator: SearchOperator; value: number };

function rangeBounds(condition: MetricCondition | HyperParameterCondition): Bound[] {
  return BOUNDS.flatMap(([field, operator]) => {
    const value = condition[field];
    return isGiven(value) ? [{ field, operator, value }] : [];
  });
}

function metricBounds(condition: MetricCondition): Bound[] {
  const bounds = rangeBounds(condition);
  return isGiven(condition.equals) ? [...bounds, { field: "equals", operator: SearchOperator.EQUALS, value: condition.equals }] : bounds;
}

/**
 * Writes a number so that SageMaker reads it as a decimal: `3` becomes
 * `3.0`. The API reference (Filter) states that an integer Value makes
 * SageMaker compare decimal hyperparameters as integers, so `gt: 3` sent as
 * `3` would not match a learning rate of 3.5.
 */
export function toDecimalText(value: number): string {
  const text = String(value);
  return Number.isInteger(value) && /^-?\d+$/.test(text) ? `${text}.0` : text;
}

function shorthandLocation(path: string): LocatedFilter["at"] {
  return { filter: path, name: path, operator: path, value: path };
}

/** Tells whether an optional GraphQL input field was given a value. */
export function isGiven<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
