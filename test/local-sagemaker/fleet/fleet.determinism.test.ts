import { describe, expect, test } from "vitest";

import { FLEET_REGIONS, generateFleet } from "../../../src/local-sagemaker/fleet/index.js";
import { NOW } from "./fleet.fixture.js";

describe("generateFleet determinism", () => {
  test("same options give the same bytes", () => {
    const first = JSON.stringify(generateFleet({ size: 400, seed: 42, now: NOW }));
    const second = JSON.stringify(generateFleet({ size: 400, seed: 42, now: NOW }));

    expect(second).toBe(first);
  });

  test("another seed gives other jobs", () => {
    const names = (seed: number): string[] => generateFleet({ size: 400, seed, now: NOW }).map((stored) => stored.job.TrainingJobName);

    const otherNames = new Set(names(2));
    const shared = names(1).filter((name) => otherNames.has(name));

    // Hand-picked names such as "FraudDetection-Xgboost-v40" can recur by chance.
    expect(shared.length).toBeLessThan(20);
  });

  test("smaller fleet is a prefix of a larger one", () => {
    const small = generateFleet({ size: 60, now: NOW });
    const large = generateFleet({ size: 400, now: NOW });

    expect(JSON.stringify(large.slice(0, 60))).toBe(JSON.stringify(small));
  });

  test("size zero gives no jobs", () => {
    expect(generateFleet({ size: 0, now: NOW })).toEqual([]);
  });

  test("now defaults to the clock", () => {
    const before = Date.now() / 1000;
    const fleet = generateFleet({ size: 60 });
    const after = Date.now() / 1000;

    const newest = Math.max(...fleet.map((stored) => stored.job.LastModifiedTime ?? 0));

    expect(newest).toBeLessThanOrEqual(after);
    expect(newest).toBeGreaterThan(before - 3600);
  });

  test("region and account reach ARNs and images", () => {
    const fleet = generateFleet({ size: 60, now: NOW, region: "eu-west-1", accountId: "444455556666" });
    const text = JSON.stringify(fleet);

    const jobArns = fleet.filter((stored) => !stored.job.TrainingJobArn.startsWith("arn:aws:sagemaker:eu-west-1:444455556666:training-job/"));
    expect(jobArns).toEqual([]);
    expect(text).not.toContain("us-east-1");
    expect(text).not.toContain("111122223333");
    expect(text).toContain("141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:");
  });

  test("every listed region generates", () => {
    const failing = FLEET_REGIONS.filter((region) => generateFleet({ size: 60, now: NOW, region }).length !== 60);

    expect(failing).toEqual([]);
  });

  test.each([
    [{ size: -1 }, "Invalid fleet size -1"],
    [{ size: 2.5 }, "Invalid fleet size 2.5"],
    [{ size: 5, seed: 0.5 }, "Invalid fleet seed 0.5"],
    [{ size: 5, region: "mars-north-1" }, 'Unsupported fleet region "mars-north-1"'],
    [{ size: 5, accountId: "1234" }, 'Invalid account id "1234"'],
    [{ size: 5, now: new Date("not a date") }, "Invalid fleet time"],
  ])("rejects %o", (options, message) => {
    expect(() => generateFleet(options)).toThrow(message);
  });
});
