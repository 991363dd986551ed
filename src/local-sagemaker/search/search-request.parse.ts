import { validationError } from "../service-error.js";
import { ConstraintViolations } from "./constraint-violations.js";
import { asStructure, readInteger, readList, readString, type Structure } from "./request-members.read.js";
import { parseSearchExpression } from "./search-expression.parse.js";
import { checkExpressionRules } from "./search-expression.rules.js";
import { SORT_ORDERS, type SearchRequest, type VisibilityCondition } from "./search.types.js";

/** The `ResourceType` enum of @aws-sdk/client-sagemaker 3.1142.0. */
const RESOURCE_TYPES = [
  "Endpoint",
  "Experiment",
  "ExperimentTrial",
  "ExperimentTrialComponent",
  "FeatureGroup",
  "FeatureMetadata",
  "HubContent",
  "HyperParameterTuningJob",
  "Image",
  "ImageVersion",
  "Job",
  "Model",
  "ModelCard",
  "ModelPackage",
  "ModelPackageGroup",
  "Pipeline",
  "PipelineExecution",
  "PipelineVersion",
  "Project",
  "TrainingJob",
] as const;

const CROSS_ACCOUNT_FILTER_OPTIONS = ["CrossAccount", "SameAccount"] as const;

/** Defaults from the API reference (Search): sort by LastModifiedTime, descending. */
const DEFAULT_SORT_BY = "LastModifiedTime";
const DEFAULT_MAX_RESULTS = 10;

/**
 * Validates a Search request body and applies the defaults. Model
 * constraints (required members, enums, lengths, MaxResults 1 to 100,
 * NextToken up to 8192 characters) are reported together in one
 * ValidationException. The rules that span the expression tree are checked
 * after them. Members of the wrong JSON type raise a SerializationException.
 */
export function parseSearchRequest(request: Structure): SearchRequest {
  const violations = new ConstraintViolations();

  const resource = readString(request, "Resource", "resource");
  if (violations.requirePresent("resource", resource)) violations.checkEnum("resource", resource ?? "", RESOURCE_TYPES);

  const expression =
    request.SearchExpression === undefined || request.SearchExpression === null
      ? undefined
      : parseSearchExpression(request.SearchExpression, "searchExpression", violations);

  const sortBy = readString(request, "SortBy", "sortBy") ?? DEFAULT_SORT_BY;
  violations.checkLength("sortBy", sortBy, 1, 255);
  violations.checkSingleLine("sortBy", sortBy);

  const sortOrderText = readString(request, "SortOrder", "sortOrder") ?? "Descending";
  const sortOrder = violations.checkEnum("sortOrder", sortOrderText, SORT_ORDERS) ?? "Descending";

  const nextToken = readString(request, "NextToken", "nextToken");
  if (nextToken !== undefined) violations.checkLength("nextToken", nextToken, 0, 8192);

  const maxResults = readInteger(request, "MaxResults", "maxResults") ?? DEFAULT_MAX_RESULTS;
  violations.checkRange("maxResults", maxResults, 1, 100);

  const crossAccountOption = readString(request, "CrossAccountFilterOption", "crossAccountFilterOption");
  if (crossAccountOption !== undefined) {
    violations.checkEnum("crossAccountFilterOption", crossAccountOption, CROSS_ACCOUNT_FILTER_OPTIONS);
  }

  const visibilityEntries = readVisibilityConditions(request, violations);

  violations.throwIfAny();

  if (resource !== "TrainingJob") {
    throw validationError(
      `The local SageMaker searches only training jobs, but Resource is '${resource}'. Set Resource to 'TrainingJob'.`,
    );
  }
  if (expression) checkExpressionRules(expression);
  const visibilityConditions = visibilityEntries.map(toVisibilityCondition);

  return {
    expression,
    sortBy,
    sortOrder,
    maxResults,
    nextToken: nextToken === "" ? undefined : nextToken,
    crossAccountOnly: crossAccountOption === "CrossAccount",
    visibilityConditions,
  };
}

type VisibilityEntry = { key: string; value: string; location: string };

/**
 * Reads `VisibilityConditions`. The SDK marks Key and Value optional, but a
 * condition without them selects nothing, so this service requires both.
 */
function readVisibilityConditions(request: Structure, violations: ConstraintViolations): VisibilityEntry[] {
  const items = readList(request, "VisibilityConditions", "visibilityConditions") ?? [];

  return items.flatMap((item, index) => {
    const location = `visibilityConditions.${index + 1}.member`;
    const container = asStructure(item, location);
    const key = readString(container, "Key", `${location}.key`);
    const value = readString(container, "Value", `${location}.value`);

    const keyPresent = violations.requirePresent(`${location}.key`, key);
    const valuePresent = violations.requirePresent(`${location}.value`, value);
    return keyPresent && valuePresent ? [{ key: key ?? "", value: value ?? "", location }] : [];
  });
}

/** Checks that the Key has the form `Tags.<key>`, as the SDK documents it. */
function toVisibilityCondition({ key, value, location }: VisibilityEntry): VisibilityCondition {
  const prefix = "Tags.";
  if (!key.startsWith(prefix) || key.length === prefix.length) {
    throw validationError(
      `The visibility condition key '${key}' at '${location}.key' must have the form Tags.<key>, such as 'Tags.team'.`,
    );
  }
  return { tagKey: key.slice(prefix.length), value };
}
