import { describe, expect, test } from "vitest";

import { createErrorFormatter } from "../../../src/server/plugins/error-masking.js";

const internal = {
  message: "Cannot read properties of undefined (reading 'TrainingJobArn')",
  path: ["trainingJob", "tags"],
  locations: [{ line: 1, column: 30 }],
  extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["TypeError: Cannot read properties", "    at map (/srv/gateway/src/x.ts:1:1)"] },
};

describe("createErrorFormatter", () => {
  test("masks an internal error", () => {
    expect(createErrorFormatter({ mask: true })(internal)).toEqual({
      message: "Internal server error",
      path: ["trainingJob", "tags"],
      locations: [{ line: 1, column: 30 }],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  test("masks an error without code", () => {
    expect(createErrorFormatter({ mask: true })({ message: "secret detail" }).message).toBe("Internal server error");
  });

  test.each(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "UPSTREAM_TIMEOUT", "FORBIDDEN", "NOT_FOUND", "JOB_NOT_RUNNING"])(
    "keeps %s readable",
    (code) => {
      const error = { message: `readable ${code}`, extensions: { code, argumentName: "first" } };

      expect(createErrorFormatter({ mask: true })(error)).toBe(error);
    },
  );

  test("without masking nothing changes", () => {
    expect(createErrorFormatter({ mask: false })(internal)).toBe(internal);
  });
});
