import { readdirSync, readFileSync } from "node:fs";

import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLType } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { CORPUS_RECORDS_DIR, corpusPresent, warnWhenCorpusAbsent } from "../support/corpus.js";
import { expectedValue } from "../support/expected-job.js";
import { fullSelection, loadEmittedSchema } from "../support/full-selection.js";
import { startHarness, type Harness } from "../support/gateway-harness.js";

const recordsDir = CORPUS_RECORDS_DIR;
warnWhenCorpusAbsent();

const recordFiles = corpusPresent ? readdirSync(recordsDir).filter((file) => file.endsWith(".json")).sort() : [];

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

describe.skipIf(!corpusPresent)("corpus records through the gateway", () => {
  let harness: Harness;
  const schema = loadEmittedSchema();
  const schemaFields = new Map(
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .map((type) => [
        type.name,
        new Map(Object.values(type.getFields()).map((field) => [field.name, { type: getNamedType(field.type).name, list: isList(field.type) }])),
      ]),
  );
  const selection = fullSelection(schema, "TrainingJob");

  beforeAll(async () => {
    // Values are compared in clear, so secret-looking ones are not redacted here.
    harness = await startHarness({ sagemaker: { fleetSize: 0, jobsDir: recordsDir }, env: { SHOW_SECRET_VALUES: "true" } });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test("the corpus holds records", () => {
    expect(recordFiles.length).toBeGreaterThan(10);
  });

  test.each(recordFiles)("%s matches field by field", async (file) => {
    const record = JSON.parse(readFileSync(`${recordsDir}/${file}`, "utf8")) as Record<string, unknown>;
    const name = record.TrainingJobName as string;

    const response = await harness.query(`query($name: String!) { trainingJob(name: $name) { ${selection} } }`, { name });

    expect(response.errors).toBeUndefined();
    const actual = (response.data as { trainingJob: Record<string, unknown> }).trainingJob;
    const expected = expectedValue({ Tags: [], ...record }, "TrainingJob", schemaFields) as Record<string, unknown>;
    for (const field of Object.keys(expected)) {
      expect({ field, value: actual[field] }).toEqual({ field, value: expected[field] });
    }
  });
});
