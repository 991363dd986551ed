import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { SearchJobNamesDocument, type SearchJobNamesQueryVariables, type SearchFilter } from "../generated/operations.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";
import type { StoredJob } from "../../src/local-sagemaker/wire.js";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

function countFilters(count: number): SearchFilter[] {
  return Array.from({ length: count }, (_, index) => ({ name: "ResourceConfig.InstanceCount", operator: "NOT_EQUALS", value: String(index) }));
}

type RejectedCase = { case: string; variables: SearchJobNamesQueryVariables; argumentName: string; message: RegExp };

const REJECTED: RejectedCase[] = [
  {
    case: "21 filters",
    variables: { where: { filters: countFilters(21) } },
    argumentName: "where.filters",
    message: /has 21 filters, .*SageMaker allows at most 20 per expression/,
  },
  {
    case: "21 nested filters",
    variables: {
      where: {
        nestedFilters: Array.from({ length: 21 }, (_, index) => ({
          nestedPropertyName: "InputDataConfig",
          filters: [{ name: "InputDataConfig.ChannelName", value: `channel-${index}` }],
        })),
      },
    },
    argumentName: "where.nestedFilters",
    message: /has 21 nestedFilters, .*SageMaker allows at most 20 per expression/,
  },
  {
    case: "21 subexpressions",
    variables: { where: { operator: "OR", subExpressions: Array.from({ length: 21 }, (_, index) => ({ nameEquals: `job-${index}` })) } },
    argumentName: "where.subExpressions",
    message: /has 21 subExpressions, .*SageMaker allows at most 20 per expression/,
  },
  {
    case: "21 filters in a nested filter",
    variables: {
      where: {
        subExpressions: [
          {
            nestedFilters: [
              {
                nestedPropertyName: "InputDataConfig",
                filters: Array.from({ length: 21 }, (_, index) => ({ name: "InputDataConfig.ChannelName", operator: "NOT_EQUALS", value: `c${index}` })),
              },
            ],
          },
        ],
      },
    },
    argumentName: "where.subExpressions[0].nestedFilters[0].filters",
    message: /the nested filter has 21 filters; SageMaker allows at most 20\./,
  },
  {
    case: "51 elements",
    variables: { where: { filters: countFilters(9), subExpressions: [{ filters: countFilters(20) }, { filters: countFilters(20) }] } },
    argumentName: "where",
    message: /the search has 51 filters, nested filters and subexpressions in all.*SageMaker allows at most 50\./,
  },
  {
    case: "second CONTAINS",
    variables: { where: { nameContains: "xgb", filters: [{ name: "FailureReason", operator: "CONTAINS", value: "memory" }] } },
    argumentName: "where.nameContains",
    message: /uses CONTAINS a second time \(the first is at where.filters\[0\]\); SageMaker allows 1 CONTAINS per search/,
  },
  {
    case: "value over 1,024 characters",
    variables: { where: { subExpressions: [{ filters: [{ name: "FailureReason", value: "x".repeat(1025) }] }] } },
    argumentName: "where.subExpressions[0].filters[0].value",
    message: /has 1,025 characters; SageMaker allows 1 to 1,024 characters\./,
  },
  { case: "first of 0", variables: { first: 0 }, argumentName: "first", message: /Invalid "first": 0; it must be an integer from 1 to 100\./ },
  { case: "first of 101", variables: { first: 101 }, argumentName: "first", message: /Invalid "first": 101; it must be an integer from 1 to 100\./ },
  {
    case: "metric value not a number",
    variables: { where: { filters: [{ name: "Metrics.validation:auc", operator: "GREATER_THAN", value: "high" }] } },
    argumentName: "where.filters[0].value",
    message: /"high" does not fit Metrics.validation:auc: it is a number/,
  },
  {
    case: "time value not ISO-8601",
    variables: { where: { filters: [{ property: "TRAINING_END_TIME", operator: "LESS_THAN", value: "yesterday" }] } },
    argumentName: "where.filters[0].value",
    message: /"yesterday" does not fit TrainingEndTime: it is a time/,
  },
  {
    case: "Boolean value not true or false",
    variables: { where: { filters: [{ name: "EnableManagedSpotTraining", value: "yes" }] } },
    argumentName: "where.filters[0].value",
    message: /must be true or false/,
  },
  {
    case: "value missing",
    variables: { where: { filters: [{ name: "TrainingJobStatus", operator: "NOT_EQUALS" }] } },
    argumentName: "where.filters[0].value",
    message: /NOT_EQUALS needs a value to compare TrainingJobStatus with\./,
  },
  {
    case: "value with NOT_EXISTS",
    variables: { where: { filters: [{ name: "FailureReason", operator: "NOT_EXISTS", value: "x" }] } },
    argumentName: "where.filters[0].value",
    message: /NOT_EXISTS takes no value/,
  },
  {
    case: "IN with an empty item",
    variables: { where: { filters: [{ name: "TrainingJobStatus", operator: "IN", value: "Failed," }] } },
    argumentName: "where.filters[0].value",
    message: /IN takes a comma-separated list without empty items/,
  },
  {
    case: "range operator on text",
    variables: { where: { filters: [{ name: "RoleArn", operator: "LESS_THAN", value: "b" }] } },
    argumentName: "where.filters[0].operator",
    message: /LESS_THAN does not apply to RoleArn, which is text\./,
  },
  {
    case: "CONTAINS on a number",
    variables: { where: { filters: [{ name: "BillableTimeInSeconds", operator: "CONTAINS", value: "1" }] } },
    argumentName: "where.filters[0].operator",
    message: /CONTAINS does not apply to BillableTimeInSeconds, which is a number\./,
  },
  {
    case: "hyperparameter range on text",
    variables: { where: { filters: [{ name: "HyperParameters.eta", operator: "GREATER_THAN", value: "low" }] } },
    argumentName: "where.filters[0].value",
    message: /GREATER_THAN compares hyperparameters as numbers/,
  },
  {
    case: "unknown property",
    variables: { where: { filters: [{ name: "InstanceType", value: "ml.m5.large" }] } },
    argumentName: "where.filters[0].name",
    message: /"InstanceType" is not a searchable property\. Use a path listed by the TrainingJobSearchProperty enum/,
  },
  {
    case: "name and property",
    variables: { where: { filters: [{ name: "RoleArn", property: "ROLE_ARN", operator: "EXISTS" }] } },
    argumentName: "where.filters[0]",
    message: /gives both name and property/,
  },
  {
    case: "unknown nested list",
    variables: { where: { nestedFilters: [{ nestedPropertyName: "OutputDataConfig", filters: [{ name: "OutputDataConfig.S3OutputPath", operator: "EXISTS" }] }] } },
    argumentName: "where.nestedFilters[0].nestedPropertyName",
    message: /"OutputDataConfig" is not a list property that nested filters apply to/,
  },
  {
    case: "empty subexpression",
    variables: { where: { status: "FAILED", subExpressions: [{}] } },
    argumentName: "where.subExpressions[0]",
    message: /has no filters, nested filters, subexpressions or shorthands/,
  },
  {
    case: "unknown sortBy",
    variables: { sortBy: "Metrics" },
    argumentName: "sortBy",
    message: /"Metrics" is not a sortable property/,
  },
];

describe("searchTrainingJobs rejected input", () => {
  test.each(REJECTED)("$case", async ({ variables, argumentName, message }) => {
    harness.resetCalls();

    const response = await harness.query(SearchJobNamesDocument, variables);

    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors![0].extensions?.argumentName).toBe(argumentName);
    expect(response.errors![0].message).toMatch(message);
    expect(harness.calls().Search).toBeUndefined();
  });

  test("invalid cursor", async () => {
    harness.resetCalls();

    const response = await harness.query(SearchJobNamesDocument, { after: "not-a-cursor" });

    expect(response.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(harness.calls().Search).toBeUndefined();
  });

  test("cursor of another search", async () => {
    const first = await harness.query(SearchJobNamesDocument, { where: { status: "COMPLETED" }, first: 2 });
    const cursor = first.data!.searchTrainingJobs.pageInfo.endCursor!;
    harness.resetCalls();

    const response = await harness.query(SearchJobNamesDocument, { where: { status: "FAILED" }, first: 2, after: cursor });

    expect(response.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(harness.calls().Search).toBeUndefined();
  });
});

describe("searchTrainingJobs upstream failures", () => {
  test("Search unavailable", async () => {
    harness.sagemaker.setBehaviour({ faults: { Search: { errorRate: 1, errorType: "ServiceUnavailable" } } });
    try {
      const response = await harness.query(SearchJobNamesDocument, { where: { status: "FAILED" } });

      expect(response.data).toBeNull();
      expect(response.errors![0].extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
      expect(response.errors![0].extensions?.operation).toBe("Search");
    } finally {
      harness.sagemaker.setBehaviour({ faults: {} });
    }
  });

  test("ValidationException becomes UPSTREAM_REJECTED", async () => {
    // The local SageMaker infers a property's kind from the values it stores. A
    // store whose only RetryStrategy.MaximumRetryAttempts is text makes it
    // reject a range filter that the gateway, going by the SDK's number type,
    // lets through.
    const job: StoredJob = {
      job: {
        TrainingJobName: "retry-count-as-text",
        TrainingJobArn: "arn:aws:sagemaker:us-east-1:123456789012:training-job/retry-count-as-text",
        TrainingJobStatus: "Completed",
        CreationTime: 1_700_000_000,
        RetryStrategy: { MaximumRetryAttempts: "three" },
      },
      tags: [],
    };
    const odd = await startHarness({ sagemaker: { fleetSize: 0, jobs: [job] } });

    try {
      const response = await odd.query(SearchJobNamesDocument, {
        where: { filters: [{ name: "RetryStrategy.MaximumRetryAttempts", operator: "GREATER_THAN", value: "1" }] },
      });

      expect(response.data).toBeNull();
      expect(response.errors![0].extensions?.code).toBe("UPSTREAM_REJECTED");
      expect(response.errors![0].message).toMatch(/^SageMaker rejected Search \(ValidationException\): Operator 'GreaterThan'/);
      expect(odd.calls().Search).toBe(1);
    } finally {
      await odd.close();
    }
  });
});
