import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, test } from "vitest";

import { mapTrainingJob, type SageMakerTrainingJobRecord } from "../../../src/sagemaker/mapping/index.js";
import type { TrainingJob } from "../../../src/training-jobs/types/index.js";
import { CORPUS_RECORDS_DIR, corpusPresent, warnWhenCorpusAbsent } from "../../support/corpus.js";

const CORPUS_DIRECTORY = `${CORPUS_RECORDS_DIR}/`;
warnWhenCorpusAbsent();
const fileNames = corpusPresent ? readdirSync(CORPUS_DIRECTORY).filter((name) => name.endsWith(".json")).sort() : [];

function readRecord(prefix: string): SageMakerTrainingJobRecord {
  const fileName = fileNames.find((name) => name.startsWith(prefix));
  if (!fileName) throw new Error(`No corpus record starts with "${prefix}" in ${CORPUS_DIRECTORY}.`);
  return JSON.parse(readFileSync(`${CORPUS_DIRECTORY}${fileName}`, "utf8")) as SageMakerTrainingJobRecord;
}

function mapRecord(prefix: string): TrainingJob {
  return mapTrainingJob(readRecord(prefix), { onUnknownEnumValue: () => {} });
}

if (!corpusPresent) {
  test.skip(`corpus records: folder ${CORPUS_DIRECTORY} is absent`, () => {});
}

describe.skipIf(!corpusPresent)("corpus records", () => {
  test("corpus folder holds records", () => {
    expect(fileNames.length).toBeGreaterThan(0);
  });

  test.each(fileNames)("maps without error: %s", (fileName) => {
    const source = JSON.parse(readFileSync(`${CORPUS_DIRECTORY}${fileName}`, "utf8")) as SageMakerTrainingJobRecord;
    const unknownValues: string[] = [];

    const job = mapTrainingJob(source, { onUnknownEnumValue: (enumName, value) => unknownValues.push(`${enumName}=${value}`) });

    expect(job.trainingJobName).toBe(source.TrainingJobName);
    expect(unknownValues).toEqual([]);
  });

  test("creation time keeps milliseconds", () => {
    // 1645031653.461 epoch seconds in record 02.
    expect(mapRecord("02-").creationTime?.toISOString()).toBe("2022-02-16T17:14:13.461Z");
  });

  test("whole-second Search timestamps", () => {
    // 1619192167 epoch seconds in record 20, a Search result.
    expect(mapRecord("20-").creationTime?.toISOString()).toBe("2021-04-23T15:36:07.000Z");
  });

  test("1970 metric timestamps kept as sent", () => {
    // 1608314.911 epoch seconds: the source published these nonsensical values.
    expect(mapRecord("11-").finalMetricDataList?.[0].timestamp?.toISOString()).toBe("1970-01-19T14:45:14.911Z");
  });

  test("metric values keep double precision", () => {
    const metric = mapRecord("02-").finalMetricDataList?.[1];
    expect(metric?.metricName).toBe("learning_rate");
    expect(metric?.value).toBe(2.3809523582458496);
  });

  test("final metric list keeps every entry", () => {
    expect(mapRecord("02-").finalMetricDataList).toHaveLength(10);
  });

  test("hyperparameters sorted by key", () => {
    // The source lists feature_dim, mini_batch_size, k, force_dense.
    const keys = mapRecord("17-").hyperParameters?.map((pair) => pair.key);
    expect(keys).toEqual(["feature_dim", "force_dense", "k", "mini_batch_size"]);
  });

  test("hyperparameter values unchanged and not redacted", () => {
    const pairs = mapRecord("17-").hyperParameters ?? [];
    expect(pairs.find((pair) => pair.key === "force_dense")).toEqual({ key: "force_dense", value: "True", redacted: false });
  });

  test("nested map in a nested list", () => {
    const collection = mapRecord("11-").debugHookConfig?.collectionConfigurations?.[0];
    expect(collection?.collectionName).toBe("losses");
    expect(collection?.collectionParameters).toEqual([{ key: "save_interval", value: "500", redacted: false }]);
  });

  test("nested data source enums", () => {
    const source = mapRecord("11-").inputDataConfig?.[0].dataSource?.s3DataSource;
    expect(source?.s3DataType).toBe("S3Prefix");
    expect(source?.s3DataDistributionType).toBe("ShardedByS3Key");
  });

  test("file system data source", () => {
    const source = mapRecord("01-").inputDataConfig?.[0].dataSource?.fileSystemDataSource;
    expect(source?.fileSystemType).toBe("FSxLustre");
    expect(source?.fileSystemAccessMode).toBe("ro");
    expect(source?.directoryPath).toBe("/2nolnbmv");
  });

  test("VPC lists", () => {
    const vpc = mapRecord("01-").vpcConfig;
    expect(vpc?.subnets).toEqual(["subnet-0e15488f4300569aa"]);
    expect(vpc?.securityGroupIds).toEqual(["sg-04fe7473aca28bdd6"]);
  });

  test("output compression GZIP", () => {
    expect(mapRecord("14-").outputDataConfig?.compressionType).toBe("GZIP");
  });

  test("empty input list stays empty", () => {
    expect(mapRecord("08-").inputDataConfig).toEqual([]);
  });

  test("absent members become null", () => {
    const job = mapRecord("17-");
    expect(job.modelArtifacts).toBeNull();
    expect(job.secondaryStatusTransitions).toBeNull();
    expect(job.trainingStartTime).toBeNull();
    expect(job.tags).toBeNull();
  });

  test("absent nested members become null", () => {
    const experiment = mapRecord("11-").experimentConfig;
    expect(experiment?.trialName).toBe("trial-1608314434");
    expect(experiment?.runName).toBeNull();
  });

  test("stopping job still starting", () => {
    const job = mapRecord("17-");
    expect(job.trainingJobStatus).toBe("Stopping");
    expect(job.secondaryStatus).toBe("Starting");
  });

  test("profiler rule still in progress", () => {
    const status = mapRecord("02-").profilerRuleEvaluationStatuses?.[0];
    expect(status?.ruleEvaluationStatus).toBe("InProgress");
    expect(status?.lastModifiedTime?.toISOString()).toBe("2022-02-16T18:06:06.456Z");
  });

  test("legacy preview members ignored", () => {
    const job = mapRecord("10-") as unknown as Record<string, unknown>;
    expect(job).not.toHaveProperty("debugConfig");
    expect(job).not.toHaveProperty("ruleMonitoringStatuses");
    expect(job.debugHookConfig).toBeNull();
  });

  test("undocumented members ignored", () => {
    // Record 05 carries CreatedBy and DisableEFA, which the SDK model lacks.
    const job = mapRecord("05-") as unknown as Record<string, unknown>;
    expect(job).not.toHaveProperty("createdBy");
    expect(job).not.toHaveProperty("disableEFA");
  });
});
