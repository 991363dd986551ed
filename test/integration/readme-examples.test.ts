import { readFileSync } from "node:fs";

import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { loadEmittedSchema } from "../support/full-selection.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ sagemaker: { fleetSize: 400, seed: 1 } });
});

afterAll(async () => {
  await harness?.close();
});

describe("README examples", () => {
  test("the README has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  test.each(examples.map((example, index) => [index + 1, example] as const))("example %i is in the codegen operations", (_index, example) => {
    const operations = readFileSync(new URL("../operations/readme.graphql", import.meta.url), "utf8");

    expect(operations).toContain(example.trimEnd());
  });

  test.each(examples.map((example, index) => [index + 1, example] as const))("example %i is valid", (_index, example) => {
    const errors = validate(loadEmittedSchema(), parse(example));

    expect(errors.map((error) => error.message)).toEqual([]);
  });

  test.each(examples.filter((example) => !example.trimStart().startsWith("mutation") && !example.trimStart().startsWith("subscription")).map((example, index) => [index + 1, example] as const))(
    "query %i runs without errors",
    async (_index, example) => {
      const name = "xgboost-churn-prediction-v1";

      const response = await harness.query(example, { name });

      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data as object).every((value) => value !== null)).toBe(true);
    },
  );
});
