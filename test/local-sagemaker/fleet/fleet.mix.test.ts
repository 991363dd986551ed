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

  test("failures are rare", () => {
    expect(share("Failed")).toBeGreaterThanOrEqual(0.01);
    expect(share("Failed")).toBeLessThanOrEqual(0.06);
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

describe("fleet size", () => {
  test("5,000 jobs generate with unique names", () => {
    const fleet = generateFleet({ size: 5000, seed: 11, now: NOW });
    const names = new Set(fleet.map((stored) => stored.job.TrainingJobName.toLowerCase()));

    expect(fleet.length).toBe(5000);
    expect(names.size).toBe(5000);
  });
});
