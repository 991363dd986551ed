import { describe, expect, test } from "vitest";

import { NESTABLE_PROPERTIES, SEARCH_PROPERTIES, TrainingJobSearchProperty } from "../../../src/search/index.js";
import { toEnumValueName } from "../../../src/search/search-property.enum.js";
import { readSdkShapes, type SdkType } from "../../schema/sdk-shapes.js";

type Leaf = { path: string; kind: string };

/** Walks the SDK's TrainingJob shape and lists its scalar members by dotted path, and its lists of structures. */
function sdkTrainingJob(): { leaves: Leaf[]; structureLists: string[] } {
  const { shapes } = readSdkShapes(["TrainingJob"]);
  const leaves: Leaf[] = [];
  const structureLists: string[] = [];

  const walk = (shapeName: string, prefix: string) => {
    for (const member of shapes.get(shapeName) ?? []) {
      const path = `${prefix}${member.name}`;
      let type: SdkType = member.type;
      const isList = type.kind === "list";
      while (type.kind === "list") type = type.item;

      if (type.kind === "shape") {
        if (isList) structureLists.push(path);
        walk(type.name, `${path}.`);
      } else {
        leaves.push({ path, kind: type.kind });
      }
    }
  };
  walk("TrainingJob", "");
  return { leaves, structureLists };
}

const KIND_OF_SDK_TYPE: Record<string, string> = { string: "text", enum: "text", number: "number", boolean: "boolean", timestamp: "timestamp" };

describe("search property catalog", () => {
  const sdk = sdkTrainingJob();

  test("every path is an SDK member of its kind", () => {
    const sdkKinds = new Map(sdk.leaves.map((leaf) => [leaf.path, KIND_OF_SDK_TYPE[leaf.kind]]));
    const mismatches = SEARCH_PROPERTIES.filter((property) => sdkKinds.get(property.name) !== property.kind).map((property) => property.name);

    expect(mismatches).toEqual([]);
  });

  test("every scalar SDK member is listed", () => {
    const listed = new Set(SEARCH_PROPERTIES.map((property) => property.name));
    const missing = sdk.leaves
      .filter((leaf) => leaf.kind !== "stringMap" && !leaf.path.startsWith("Tags."))
      .filter((leaf) => !listed.has(leaf.path))
      .map((leaf) => leaf.path);

    expect(missing).toEqual([]);
  });

  test("nestable properties are the lists of structures", () => {
    const expected = sdk.structureLists.filter((path) => path !== "Tags");

    expect([...NESTABLE_PROPERTIES].sort()).toEqual(expected.sort());
  });

  test("list members know their list", () => {
    const property = SEARCH_PROPERTIES.find((candidate) => candidate.name === "InputDataConfig.DataSource.S3DataSource.S3Uri");

    expect(property?.nestedIn).toBe("InputDataConfig");
  });

  test("enum value names are unique", () => {
    expect(Object.keys(TrainingJobSearchProperty)).toHaveLength(SEARCH_PROPERTIES.length);
  });

  test("enum value names are valid GraphQL", () => {
    const invalid = Object.keys(TrainingJobSearchProperty).filter((name) => !/^[A-Z][A-Z0-9_]*$/.test(name));

    expect(invalid).toEqual([]);
  });
});

describe("toEnumValueName", () => {
  test.each([
    ["TrainingJobName", "TRAINING_JOB_NAME"],
    ["ResourceConfig.VolumeSizeInGB", "RESOURCE_CONFIG_VOLUME_SIZE_IN_GB"],
    ["AutoMLJobArn", "AUTO_ML_JOB_ARN"],
    ["CheckpointConfig.S3Uri", "CHECKPOINT_CONFIG_S3_URI"],
    ["InputDataConfig.DataSource.S3DataSource.S3DataType", "INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_S3_DATA_TYPE"],
    ["OutputDataConfig.KmsKeyId", "OUTPUT_DATA_CONFIG_KMS_KEY_ID"],
  ])("%s", (path, expected) => {
    expect(toEnumValueName(path)).toBe(expected);
  });
});
