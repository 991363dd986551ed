import { GraphQLError } from "graphql";
import { pino } from "pino";
import { describe, expect, test } from "vitest";

import { createErrorFormatter } from "../../../src/server/plugins/error-masking.js";
import { formatResult, type SubscriptionServerOptions } from "../../../src/subscriptions/subscription-server.js";

function optionsWith(mask: boolean): SubscriptionServerOptions {
  return { formatError: createErrorFormatter({ mask }), logger: pino({ level: "silent" }) } as SubscriptionServerOptions;
}

const internal = new GraphQLError("Cannot read properties of undefined (reading 'Status')", { path: ["trainingJobUpdated", "job"] });
const coded = new GraphQLError("SageMaker throttled DescribeTrainingJob", { extensions: { code: "UPSTREAM_THROTTLED" } });

describe("subscription event errors", () => {
  test("masking hides an internal message", () => {
    const formatted = formatResult({ data: null, errors: [internal] }, "1", optionsWith(true));

    expect(formatted?.errors?.[0]).toEqual({
      message: "Internal server error",
      path: ["trainingJobUpdated", "job"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  test("masking keeps a coded message", () => {
    const formatted = formatResult({ data: null, errors: [coded] }, "1", optionsWith(true));

    expect(formatted?.errors?.[0]?.message).toBe("SageMaker throttled DescribeTrainingJob");
    expect(formatted?.errors?.[0]?.extensions?.code).toBe("UPSTREAM_THROTTLED");
  });

  test("without masking the message stays", () => {
    const formatted = formatResult({ data: null, errors: [internal] }, "1", optionsWith(false));

    expect(formatted?.errors?.[0]?.message).toBe(internal.message);
  });

  test("an event without errors is left alone", () => {
    expect(formatResult({ data: { trainingJobUpdated: null } }, "1", optionsWith(true))).toBeUndefined();
  });
});
