import { describe, expect, it } from "vitest";

import {
  isIntegerLiteral,
  parseBooleanText,
  parseDecimal,
  parseInstantMillis,
  unquote,
} from "../../../src/local-sagemaker/search/filter-value.parse.js";

// 1_700_000_000 s is 2023-11-14T22:13:20Z.
const INSTANT_MILLIS = 1_700_000_000_000;

describe("parseInstantMillis", () => {
  it.each<[text: string, expected: number]>([
    ["1700000000", INSTANT_MILLIS],
    ["1700000000.25", INSTANT_MILLIS + 250],
    ["2023-11-14T22:13:20Z", INSTANT_MILLIS],
    ["2023-11-14T22:13:20", INSTANT_MILLIS],
    ["2023-11-14T22:13:20.5Z", INSTANT_MILLIS + 500],
    ["2023-11-15T00:13:20+02:00", INSTANT_MILLIS],
    ["2023-11-14T17:13:20-0500", INSTANT_MILLIS],
    ["2023-11-14T22:13Z", INSTANT_MILLIS - 20_000],
    ["2023-11-14", INSTANT_MILLIS - 80_000_000],
  ])("%s", (text, expected) => {
    expect(parseInstantMillis(text)).toBe(expected);
  });

  it.each(["2023-02-30", "2023-13-01", "2023-11-14T24:00:00", "14/11/2023", "yesterday", ""])("%s invalid", (text) => {
    expect(parseInstantMillis(text)).toBeUndefined();
  });
});

describe("parseDecimal", () => {
  it.each<[text: string, expected: number | undefined]>([
    ["0.9", 0.9],
    ["-3", -3],
    ["1e-4", 0.0001],
    [".5", 0.5],
    ["5.", 5],
    ["0x10", undefined],
    ["1,5", undefined],
    ["", undefined],
    ["Infinity", undefined],
  ])("%s", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe("isIntegerLiteral", () => {
  it.each<[text: string, expected: boolean]>([
    ["2", true],
    ["-2", true],
    ["2.0", false],
    ["2e1", false],
  ])("%s", (text, expected) => {
    expect(isIntegerLiteral(text)).toBe(expected);
  });
});

describe("parseBooleanText", () => {
  it.each<[text: string, expected: boolean | undefined]>([
    ["true", true],
    ["False", false],
    ["yes", undefined],
    ["1", undefined],
  ])("%s", (text, expected) => {
    expect(parseBooleanText(text)).toBe(expected);
  });
});

describe("unquote", () => {
  it.each<[text: string, expected: string]>([
    ['"0.1"', "0.1"],
    ['""', ""],
    ['"', '"'],
    ['"a"b"', 'a"b'],
    ["plain", "plain"],
  ])("%s", (text, expected) => {
    expect(unquote(text)).toBe(expected);
  });
});
