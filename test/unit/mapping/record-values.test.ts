import { expect, test } from "vitest";

import { InvalidSageMakerRecordError, mapShape, mapTrainingJob } from "../../../src/sagemaker/mapping/index.js";
import { ResourceConfig, Tag, TrainingJob } from "../../../src/training-jobs/types/index.js";

/** Maps a record built from plain JSON, as the local SageMaker or a fixture file supplies it. */
function mapJson(record: Record<string, unknown>): TrainingJob {
  return mapTrainingJob({ TrainingJobName: "job-a", ...record } as never, { onUnknownEnumValue: () => {} });
}

function mappingError(record: Record<string, unknown>): InvalidSageMakerRecordError {
  try {
    mapJson(record);
  } catch (error) {
    if (error instanceof InvalidSageMakerRecordError) return error;
    throw error;
  }
  throw new Error("Expected InvalidSageMakerRecordError, but the record mapped.");
}

test.each([
  ["Date object", new Date(Date.UTC(2022, 1, 16, 17, 14, 13, 461))],
  ["epoch seconds", 1645031653.461],
  ["epoch seconds text", "1645031653.461"],
  ["ISO-8601 text", "2022-02-16T17:14:13.461Z"],
  ["ISO-8601 with offset", "2022-02-17T01:14:13.461+08:00"],
])("timestamp from %s", (_label, value) => {
  expect(mapJson({ CreationTime: value }).creationTime?.toISOString()).toBe("2022-02-16T17:14:13.461Z");
});

test("epoch seconds rounded to milliseconds", () => {
  // Truncating, as new Date(seconds * 1000) does, would give ...461.
  expect(mapJson({ CreationTime: 1645031653.4619 }).creationTime?.getTime()).toBe(1645031653462);
});

test("timestamps are Date objects", () => {
  expect(mapJson({ LastModifiedTime: 1645031653 }).lastModifiedTime).toBeInstanceOf(Date);
});

test("Long above 2^31 kept exact", () => {
  expect(mapJson({ BillableTokenCount: 6_000_000_123 }).billableTokenCount).toBe(6_000_000_123);
});

test("Long at 2^53 - 1 kept exact", () => {
  const job = mapJson({ InputDataConfig: [{ ChannelName: "train", ShuffleConfig: { Seed: Number.MAX_SAFE_INTEGER } }] });
  expect(job.inputDataConfig?.[0].shuffleConfig?.seed).toBe(9007199254740991);
});

test("empty lists stay empty", () => {
  const job = mapJson({ SecondaryStatusTransitions: [], FinalMetricDataList: [], Tags: [] });
  expect(job.secondaryStatusTransitions).toEqual([]);
  expect(job.finalMetricDataList).toEqual([]);
  expect(job.tags).toEqual([]);
});

test("empty map becomes empty list", () => {
  expect(mapJson({ Environment: {} }).environment).toEqual([]);
});

test("null members become null", () => {
  const job = mapJson({ HyperParameters: null, ResourceConfig: null, FailureReason: null });
  expect(job.hyperParameters).toBeNull();
  expect(job.resourceConfig).toBeNull();
  expect(job.failureReason).toBeNull();
});

test("every field set on a minimal record", () => {
  const job = mapJson({}) as unknown as Record<string, unknown>;
  const unset = Object.keys(new TrainingJob()).filter((field) => job[field] === undefined);
  expect(unset).toEqual([]);
});

test("null list items dropped", () => {
  const job = mapJson({ VpcConfig: { Subnets: ["subnet-1", null, "subnet-2"], SecurityGroupIds: [] } });
  expect(job.vpcConfig?.subnets).toEqual(["subnet-1", "subnet-2"]);
});

test("null map values dropped", () => {
  const job = mapJson({ Environment: { B: "2", A: null, C: "3" } });
  expect(job.environment?.map((pair) => pair.key)).toEqual(["B", "C"]);
});

test("map keys sorted by code unit", () => {
  // Upper case sorts before lower case in UTF-16 code unit order.
  const job = mapJson({ Environment: { beta: "1", Alpha: "2", alpha: "3", "10": "4", "9": "5" } });
  expect(job.environment?.map((pair) => pair.key)).toEqual(["10", "9", "Alpha", "alpha", "beta"]);
});

test("map values never redacted by the mapping", () => {
  const job = mapJson({ Environment: { API_TOKEN: "secret-value" } });
  expect(job.environment).toEqual([{ key: "API_TOKEN", value: "secret-value", redacted: false }]);
});

test("tags keep key and value", () => {
  const job = mapJson({ Tags: [{ Key: "team", Value: "vision" }, { Key: "empty", Value: "" }] });
  expect(job.tags).toEqual([
    { key: "team", value: "vision" },
    { key: "empty", value: "" },
  ]);
});

test("objects are schema class instances", () => {
  const job = mapJson({ ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 2 } });
  expect(job).toBeInstanceOf(TrainingJob);
  expect(job.resourceConfig).toBeInstanceOf(ResourceConfig);
});

test("mapShape maps a single tag", () => {
  const tag = mapShape(Tag, { Key: "team", Value: "vision" });
  expect(tag).toBeInstanceOf(Tag);
  expect(tag).toEqual({ key: "team", value: "vision" });
});

test("SDK record maps like JSON", () => {
  const fromSdk = mapTrainingJob({ TrainingJobName: "job-a", CreationTime: new Date(1645031653461), TrainingJobStatus: "Completed" });
  const fromJson = mapJson({ CreationTime: 1645031653.461, TrainingJobStatus: "Completed" });
  expect(fromSdk).toEqual(fromJson);
});

test("missing job name rejected", () => {
  const error = mappingError({ TrainingJobName: undefined });
  expect(error.path).toBe("TrainingJobName");
  expect(error.message).toBe(
    "Invalid SageMaker record at TrainingJobName: the member is missing, but TrainingJob.trainingJobName is non-null in the schema.",
  );
});

test("missing tag value rejected", () => {
  expect(mappingError({ Tags: [{ Key: "team" }] }).path).toBe("Tags[0].Value");
});

test("invalid timestamp rejected", () => {
  const error = mappingError({ SecondaryStatusTransitions: [{ Status: "Starting", StartTime: "yesterday" }] });
  expect(error.path).toBe("SecondaryStatusTransitions[0].StartTime");
  expect(error.message).toBe(
    'Invalid SageMaker record at SecondaryStatusTransitions[0].StartTime: expected a timestamp (Date, epoch seconds or ISO-8601 text), got "yesterday".',
  );
});

test("object where list expected rejected", () => {
  expect(mappingError({ InputDataConfig: { ChannelName: "train" } }).path).toBe("InputDataConfig");
});

test("scalar where object expected rejected", () => {
  expect(mappingError({ ResourceConfig: "ml.m5.xlarge" }).path).toBe("ResourceConfig");
});

test("list where map expected rejected", () => {
  expect(mappingError({ HyperParameters: ["epochs=5"] }).path).toBe("HyperParameters");
});

test("object map value rejected", () => {
  expect(mappingError({ HyperParameters: { epochs: { value: 5 } } }).path).toBe("HyperParameters.epochs");
});

test("non-object record rejected", () => {
  expect(() => mapTrainingJob("job-a" as never)).toThrow('Invalid SageMaker record at (record): expected an object, got "job-a".');
});
