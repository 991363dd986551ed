import { describe, expect, test } from "vitest";

import { ConfigError, readConfig, readSageMakerSource } from "../../src/config/config.js";

describe("readSageMakerSource", () => {
  test("no AWS settings selects the local SageMaker", () => {
    expect(readSageMakerSource({})).toEqual({ kind: "local" });
  });

  test("an endpoint selects it, with a default region", () => {
    expect(readSageMakerSource({ AWS_ENDPOINT_URL_SAGEMAKER: "http://127.0.0.1:9000" })).toEqual({
      kind: "endpoint",
      endpoint: "http://127.0.0.1:9000",
      region: "us-east-1",
    });
  });

  test("a region selects AWS", () => {
    expect(readSageMakerSource({ AWS_REGION: "eu-west-1" })).toEqual({ kind: "aws", region: "eu-west-1" });
  });

  test("a profile selects AWS", () => {
    expect(readSageMakerSource({ AWS_PROFILE: "ml" }).kind).toBe("aws");
  });

  test("SAGEMAKER_SOURCE=local wins over AWS settings", () => {
    expect(readSageMakerSource({ SAGEMAKER_SOURCE: "local", AWS_REGION: "eu-west-1" })).toEqual({ kind: "local" });
  });

  test("an unknown SAGEMAKER_SOURCE is rejected", () => {
    expect(() => readSageMakerSource({ SAGEMAKER_SOURCE: "azure" })).toThrow(/SAGEMAKER_SOURCE="azure"/);
  });

  test("a relative endpoint is rejected", () => {
    expect(() => readSageMakerSource({ AWS_ENDPOINT_URL_SAGEMAKER: "localhost" })).toThrow(ConfigError);
  });
});

describe("readConfig", () => {
  test("defaults apply", () => {
    const config = readConfig({});

    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.cache.activeTtlMs).toBe(2_000);
    expect(config.cache.terminalTtlMs).toBe(300_000);
    expect(config.list.maxUpstreamPages).toBe(10);
  });

  test("settings override defaults", () => {
    const config = readConfig({ PORT: "8080", CACHE_TERMINAL_TTL_MS: "1000", LIST_MAX_UPSTREAM_PAGES: "3" });

    expect(config.port).toBe(8080);
    expect(config.cache.terminalTtlMs).toBe(1000);
    expect(config.list.maxUpstreamPages).toBe(3);
  });

  test.each([
    ["PORT", "http"],
    ["PORT", "70000"],
    ["CACHE_ACTIVE_TTL_MS", "60000"],
    ["SAGEMAKER_MAX_ATTEMPTS", "0"],
    ["LIST_MAX_UPSTREAM_PAGES", "1.5"],
  ])("rejects %s=%s naming the variable", (variable, value) => {
    expect(() => readConfig({ [variable]: value })).toThrow(new RegExp(`Invalid ${variable}="${value.replace(".", "\\.")}": expected an integer`));
  });
});
