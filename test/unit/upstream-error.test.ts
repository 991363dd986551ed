import { describe, expect, test } from "vitest";

import { isNotFound, toUpstreamError } from "../../src/sagemaker/upstream-error.js";

function sdkError(name: string, fault: "client" | "server", status: number, message = "m") {
  return Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: status, requestId: "req-1", attempts: 3 } });
}

describe("toUpstreamError", () => {
  test.each([
    ["ThrottlingException", "client", 400, "UPSTREAM_THROTTLED"],
    ["InternalFailure", "server", 500, "UPSTREAM_UNAVAILABLE"],
    ["ServiceUnavailable", "server", 503, "UPSTREAM_UNAVAILABLE"],
    ["TimeoutError", "client", 0, "UPSTREAM_TIMEOUT"],
    ["AccessDeniedException", "client", 400, "UPSTREAM_ACCESS_DENIED"],
    ["ValidationException", "client", 400, "UPSTREAM_REJECTED"],
    ["ResourceLimitExceeded", "client", 400, "UPSTREAM_REJECTED"],
  ] as const)("%s becomes %s", (name, fault, status, code) => {
    expect(toUpstreamError(sdkError(name, fault, status), "Search").code).toBe(code);
  });

  test("a connection reset is unavailable", () => {
    const error = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

    expect(toUpstreamError(error, "DescribeTrainingJob").code).toBe("UPSTREAM_UNAVAILABLE");
  });

  test("an unreadable body is unavailable", () => {
    expect(toUpstreamError(new SyntaxError("Unexpected token"), "Search").code).toBe("UPSTREAM_UNAVAILABLE");
  });

  test("extensions name the operation and request id", () => {
    const error = toUpstreamError(sdkError("ThrottlingException", "client", 400), "ListTrainingJobs");

    expect(error.extensions).toEqual({ code: "UPSTREAM_THROTTLED", operation: "ListTrainingJobs", upstreamRequestId: "req-1" });
    expect(error.message).toContain("after 3 attempt(s)");
  });
});

describe("isNotFound", () => {
  test("matches SageMaker's unknown-job answer", () => {
    expect(isNotFound(sdkError("ValidationException", "client", 400, "Requested resource not found."))).toBe(true);
  });

  test("ignores other validation errors", () => {
    expect(isNotFound(sdkError("ValidationException", "client", 400, "1 validation error detected"))).toBe(false);
  });
});
