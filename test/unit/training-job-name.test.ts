import { describe, expect, test } from "vitest";

import { assertValidJobName } from "../../src/training-jobs/training-job-name.js";

describe("assertValidJobName", () => {
  test.each(["a", "job-1", "A1", "a--b", "x".repeat(63), "pytorch-training-2023-01-01-00-00-00-000"])("accepts %j", (name) => {
    expect(() => assertValidJobName(name)).not.toThrow();
  });

  test.each(["", "-job", "job-", "job_1", "job.1", "jöb", "x".repeat(64), "job 1", "job\n"])("rejects %j", (name) => {
    expect(() => assertValidJobName(name)).toThrow(/Invalid training job name/);
  });

  test("message quotes the value and the rule", () => {
    expect(() => assertValidJobName("bad_name")).toThrow(/"bad_name".*1 to 63 letters, digits and hyphens/);
  });
});
