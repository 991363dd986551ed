import { findSearchProperty, type PropertyKind } from "./search-property.catalog.js";

/**
 * Comparison kind of a filter's property. `hyperParameter` is text that
 * SageMaker also compares as a number when the filter value is one.
 */
export type ComparisonKind = PropertyKind | "hyperParameter";

/** A property name the gateway accepts, with what it needs to check a filter on it. */
export type ResolvedProperty = {
  name: string;
  kind: ComparisonKind;
  /** The nestable list the property lies in, for catalogued paths that cross one. */
  nestedIn?: string;
};

/**
 * Prefixes of the properties a job defines for itself. The rest of the name
 * is taken verbatim, because metric names and tag keys may hold dots and
 * colons (`Metrics.validation:auc`).
 */
export const PROPERTY_PREFIXES: ReadonlyArray<{ prefix: string; kind: ComparisonKind; form: string }> = [
  { prefix: "Metrics.", kind: "number", form: "Metrics.<metric name>" },
  { prefix: "HyperParameters.", kind: "hyperParameter", form: "HyperParameters.<name>" },
  { prefix: "Tags.", kind: "text", form: "Tags.<key>" },
];

/**
 * Resolves a SageMaker property name: a catalogued path, or one of the
 * prefixes followed by at least one character. Returns undefined for any
 * other name.
 */
export function resolvePropertyName(name: string): ResolvedProperty | undefined {
  const catalogued = findSearchProperty(name);
  if (catalogued) return catalogued;

  const prefixed = PROPERTY_PREFIXES.find(({ prefix }) => name.startsWith(prefix) && name.length > prefix.length);
  return prefixed ? { name, kind: prefixed.kind } : undefined;
}

/** Lists the accepted forms of a property name, for error messages. */
export function acceptedNameForms(): string {
  const prefixes = PROPERTY_PREFIXES.map(({ form }) => form).join(", ");
  return `a path listed by the TrainingJobSearchProperty enum (such as ResourceConfig.InstanceType), or ${prefixes}`;
}
