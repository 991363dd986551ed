import { describe, expect, test } from "vitest";

import { ConfigError, readConfig } from "../../../src/config/config.js";

describe("limits settings", () => {
  test("defaults apply", () => {
    expect(readConfig({}).limits).toEqual({
      maxDepth: 12,
      maxAliases: 100,
      maxRootFields: 100,
      maxTokens: 3_000,
      maxCost: 200,
      maxBodyBytes: 102_400,
      requestDeadlineMs: 10_000,
    });
  });

  test("variables override defaults", () => {
    const limits = readConfig({
      MAX_QUERY_DEPTH: "6",
      MAX_QUERY_ALIASES: "0",
      MAX_ROOT_FIELDS: "2",
      MAX_QUERY_TOKENS: "500",
      MAX_QUERY_COST: "50",
      MAX_BODY_BYTES: "2048",
      REQUEST_DEADLINE_MS: "1500",
    }).limits;

    expect(limits).toEqual({ maxDepth: 6, maxAliases: 0, maxRootFields: 2, maxTokens: 500, maxCost: 50, maxBodyBytes: 2048, requestDeadlineMs: 1500 });
  });

  test.each([
    ["MAX_QUERY_DEPTH", "0"],
    ["MAX_QUERY_ALIASES", "-1"],
    ["MAX_ROOT_FIELDS", "ten"],
    ["MAX_QUERY_TOKENS", "99"],
    ["MAX_QUERY_COST", "0"],
    ["MAX_BODY_BYTES", "100kb"],
    ["REQUEST_DEADLINE_MS", "50"],
    ["SHUTDOWN_GRACE_MS", "1.5"],
    ["READINESS_WINDOW_MS", "999"],
  ])("rejects %s=%s naming the variable", (variable, value) => {
    expect(() => readConfig({ [variable]: value })).toThrow(`Invalid ${variable}=${JSON.stringify(value)}: expected an integer`);
  });
});

describe("http settings", () => {
  test("development defaults", () => {
    expect(readConfig({}).http).toEqual({
      maskErrors: false,
      stackTraces: false,
      introspection: true,
      landingPage: "sandbox",
      corsOrigins: "*",
      shutdownGraceMs: 10_000,
      readinessWindowMs: 30_000,
    });
  });

  test("production defaults", () => {
    const http = readConfig({ NODE_ENV: "production" }).http;

    expect(http.maskErrors).toBe(true);
    expect(http.introspection).toBe(false);
    expect(http.landingPage).toBe("production");
    expect(http.corsOrigins).toEqual([]);
  });

  test("ERROR_STACK_TRACES turns stack traces on", () => {
    expect(readConfig({ ERROR_STACK_TRACES: "true" }).http.stackTraces).toBe(true);
  });

  test("production settings can be overridden", () => {
    const http = readConfig({ NODE_ENV: "production", MASK_ERRORS: "false", INTROSPECTION: "true", LANDING_PAGE: "sandbox" }).http;

    expect(http.maskErrors).toBe(false);
    expect(http.introspection).toBe(true);
    expect(http.landingPage).toBe("sandbox");
  });

  test("MASK_ERRORS masks outside production", () => {
    expect(readConfig({ MASK_ERRORS: "true" }).http.maskErrors).toBe(true);
  });

  test("LANDING_PAGE=off", () => {
    expect(readConfig({ LANDING_PAGE: "off" }).http.landingPage).toBe("off");
  });

  test("an unknown LANDING_PAGE is rejected", () => {
    expect(() => readConfig({ LANDING_PAGE: "altair" })).toThrow('Invalid LANDING_PAGE="altair": expected sandbox, production or off.');
  });

  test("a bad INTROSPECTION is rejected", () => {
    expect(() => readConfig({ INTROSPECTION: "yes" })).toThrow(ConfigError);
  });
});

describe("CORS_ORIGINS", () => {
  test("a list of origins", () => {
    const origins = readConfig({ CORS_ORIGINS: "https://studio.apollographql.com, http://localhost:3000" }).http.corsOrigins;

    expect(origins).toEqual(["https://studio.apollographql.com", "http://localhost:3000"]);
  });

  test("* allows any origin in production", () => {
    expect(readConfig({ NODE_ENV: "production", CORS_ORIGINS: "*" }).http.corsOrigins).toBe("*");
  });

  test.each(["studio.apollographql.com", "https://studio.apollographql.com/", "https://a.example/path", "ftp://a.example", "https://a.example,"])(
    "rejects %j",
    (value) => {
      expect(() => readConfig({ CORS_ORIGINS: value })).toThrow(`Invalid CORS_ORIGINS=${JSON.stringify(value)}: expected * or comma-separated origins`);
    },
  );
});
