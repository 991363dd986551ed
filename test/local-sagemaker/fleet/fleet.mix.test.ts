import { describe, expect, test } from "vitest";

import { generateFleet } from "../../../src/local-sagemaker/fleet/index.js";
import { NOW, NOW_SECONDS, fleetOf } from "./fleet.fixture.js";

const DAY_SECONDS = 24 * 3600;

describe("fleet status mix", () => {
  const fleet = fleetOf(1000);
  const share = (status: string): number => fleet.filter(({ job }) => job.TrainingJobStatus === status).length / fleet.length;
  const medianAge = (status: string): number => {
    const ages = fleet
      .filter(({ job }) => job.TrainingJobStatus === status)
      .map(({ job }) => NOW_SECONDS - (job.CreationTime ?? 0))
      .sort((left, right) => left - right);
    return ages[Math.floor(ages.length / 2)];
  };

  // docs/local-sagemaker.md promises about 3% failed jobs in a large fleet.
  test("about 3% failed", () => {
    expect(share("Failed")).toBeGreaterThanOrEqual(0.028);
    expect(share("Failed")).toBeLessThanOrEqual(0.032);
  });

  test("most jobs completed", () => {
    expect(share("Completed")).toBeGreaterThan(0.75);
  });

  test("running jobs are a few percent", () => {
    expect(share("InProgress")).toBeGreaterThan(0.02);
    expect(share("InProgress")).toBeLessThan(0.08);
  });

  test("stopping jobs are a handful", () => {
    expect(share("Stopping")).toBeGreaterThan(0);
    expect(share("Stopping")).toBeLessThan(0.03);
  });

  test("running jobs are among the newest", () => {
    const old = fleet.filter(({ job }) => job.TrainingJobStatus === "InProgress" && (job.CreationTime ?? 0) < NOW_SECONDS - 4 * DAY_SECONDS);

    expect(old.map(({ job }) => job.TrainingJobName)).toEqual([]);
    expect(medianAge("InProgress")).toBeLessThan(medianAge("Completed"));
  });
});

describe("fleet failure share", () => {
  const failedShare = (fleet: readonly { job: { TrainingJobStatus?: string } }[]): number => fleet.filter(({ job }) => job.TrainingJobStatus === "Failed").length / fleet.length;

  test.each([2, 5, 8])("about 3% of 1,000 jobs with seed %i", (seed) => {
    const share = failedShare(generateFleet({ size: 1000, seed, now: NOW }));

    expect(share).toBeGreaterThanOrEqual(0.028);
    expect(share).toBeLessThanOrEqual(0.032);
  });

  // The coverage slots at the start hold five failed jobs, which weigh more in a small fleet.
  test("400 jobs stay under 4%", () => {
    expect(failedShare(fleetOf(400))).toBeLessThan(0.04);
  });
});

describe("fleet size", () => {
  test("5,000 jobs generate with unique names", () => {
    const fleet = generateFleet({ size: 5000, seed: 11, now: NOW });
    const names = new Set(fleet.map((stored) => stored.job.TrainingJobName.toLowerCase()));

    expect(fleet.length).toBe(5000);
    expect(names.size).toBe(5000);
  });
});
