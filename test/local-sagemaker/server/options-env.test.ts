import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, readLocalSageMakerOptionsFromEnv } from "../../../src/local-sagemaker/index.js";

describe("readLocalSageMakerOptionsFromEnv", () => {
  it("returns nothing for an empty environment", () => {
    expect(readLocalSageMakerOptionsFromEnv({})).toEqual({});
  });

  it("reads every variable", () => {
    const options = readLocalSageMakerOptionsFromEnv({
      LOCAL_SAGEMAKER_PORT: "4567",
      LOCAL_SAGEMAKER_HOST: "127.0.0.1",
      LOCAL_SAGEMAKER_FLEET_SIZE: "50",
      LOCAL_SAGEMAKER_SEED: "9",
      LOCAL_SAGEMAKER_JOBS_DIR: "/data/jobs",
      LOCAL_SAGEMAKER_LATENCY_MS: "25",
      LOCAL_SAGEMAKER_THROTTLE: "ListTrainingJobs=2:2, Search=0.5:10",
      LOCAL_SAGEMAKER_SEARCH_LAG_JOBS: "3",
      LOCAL_SAGEMAKER_SEARCH_LAG_MS: "1500",
      LOCAL_SAGEMAKER_STOP_DELAY_MS: "100",
      LOCAL_SAGEMAKER_PROGRESSION_INTERVAL_MS: "1000",
      LOCAL_SAGEMAKER_MIN_ACTIVE_JOBS: "4",
      LOCAL_SAGEMAKER_REGION: "eu-west-1",
      LOCAL_SAGEMAKER_ACCOUNT_ID: "444455556666",
      LOCAL_SAGEMAKER_FAULTS: '{"Search":{"errorRate":0.1,"errorType":"ServiceUnavailable"}}',
    });

    expect(options).toEqual({
      port: 4567,
      host: "127.0.0.1",
      fleetSize: 50,
      seed: 9,
      jobsDir: "/data/jobs",
      latencyMs: 25,
      throttle: { ListTrainingJobs: { ratePerSecond: 2, burst: 2 }, Search: { ratePerSecond: 0.5, burst: 10 } },
      searchLagJobs: 3,
      searchLagMs: 1500,
      stopDelayMs: 100,
      progressionIntervalMs: 1000,
      minActiveJobs: 4,
      region: "eu-west-1",
      accountId: "444455556666",
      faults: { Search: { errorRate: 0.1, errorType: "ServiceUnavailable", slowMs: 0, resetRate: 0, malformedRate: 0 } },
    });
  });

  it.each([
    ["LOCAL_SAGEMAKER_PORT", "80a", 'Invalid LOCAL_SAGEMAKER_PORT="80a": expected an integer from 0 to 65535.'],
    ["LOCAL_SAGEMAKER_PORT", "70000", 'Invalid LOCAL_SAGEMAKER_PORT="70000": expected an integer from 0 to 65535.'],
    ["LOCAL_SAGEMAKER_FLEET_SIZE", "-1", 'Invalid LOCAL_SAGEMAKER_FLEET_SIZE="-1": expected an integer from 0 to 100000.'],
    ["LOCAL_SAGEMAKER_LATENCY_MS", "1.5", 'Invalid LOCAL_SAGEMAKER_LATENCY_MS="1.5": expected an integer from 0 to 600000.'],
    ["LOCAL_SAGEMAKER_ACCOUNT_ID", "1234", 'Invalid LOCAL_SAGEMAKER_ACCOUNT_ID="1234": expected a 12-digit AWS account id.'],
    ["LOCAL_SAGEMAKER_REGION", "mars", 'Invalid LOCAL_SAGEMAKER_REGION="mars": expected an AWS region such as us-east-1.'],
    ["LOCAL_SAGEMAKER_HOST", "local host", 'Invalid LOCAL_SAGEMAKER_HOST="local host": expected a host name or IP address such as 127.0.0.1.'],
  ])("rejects %s=%s", (variable, value, message) => {
    expect(() => readLocalSageMakerOptionsFromEnv({ [variable]: value })).toThrow(message);
  });

  it("rejects a throttle entry without burst", () => {
    expect(() => readLocalSageMakerOptionsFromEnv({ LOCAL_SAGEMAKER_THROTTLE: "ListTrainingJobs=2" })).toThrow(
      /^Invalid LOCAL_SAGEMAKER_THROTTLE="ListTrainingJobs=2": expected comma-separated Operation=ratePerSecond:burst entries/,
    );
  });

  it("rejects a throttle for an unknown operation", () => {
    expect(() => readLocalSageMakerOptionsFromEnv({ LOCAL_SAGEMAKER_THROTTLE: "CreateTrainingJob=1:1" })).toThrow(InvalidEnvironmentError);
  });

  it("rejects a zero throttle rate", () => {
    expect(() => readLocalSageMakerOptionsFromEnv({ LOCAL_SAGEMAKER_THROTTLE: "Search=0:1" })).toThrow(InvalidEnvironmentError);
  });

  it("rejects faults that are not JSON", () => {
    expect(() => readLocalSageMakerOptionsFromEnv({ LOCAL_SAGEMAKER_FAULTS: "{Search" })).toThrow(
      /^Invalid LOCAL_SAGEMAKER_FAULTS="\{Search": expected a JSON object of faults by operation/,
    );
  });

  it("names the bad fault setting", () => {
    expect(() => readLocalSageMakerOptionsFromEnv({ LOCAL_SAGEMAKER_FAULTS: '{"Search":{"errorRate":2}}' })).toThrow(
      "(Invalid behaviour setting faults.Search.errorRate=2: expected a number from 0 to 1.)",
    );
  });

  it("ignores empty variables", () => {
    expect(readLocalSageMakerOptionsFromEnv({ LOCAL_SAGEMAKER_PORT: "" })).toEqual({});
  });
});
