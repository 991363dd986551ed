import { describe, expect, test } from "vitest";

import { formatInstant, isDecimal, parseInstant } from "../../../src/search/search-value.parse.js";

describe("parseInstant", () => {
  test.each([
    ["2024-05-01T12:00:00Z", Date.UTC(2024, 4, 1, 12)],
    ["2024-05-01T12:00Z", Date.UTC(2024, 4, 1, 12)],
    ["2024-05-01T14:30:00+02:30", Date.UTC(2024, 4, 1, 12)],
    ["2024-05-01T07:00:00-05:00", Date.UTC(2024, 4, 1, 12)],
    ["2024-05-01T12:00:00.123456Z", Date.UTC(2024, 4, 1, 12, 0, 0, 123)],
    ["2024-05-01", Date.UTC(2024, 4, 1)],
    ["2024-02-29", Date.UTC(2024, 1, 29)],
  ])("reads %s", (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  test.each(["2024-05-01T12:00:00", "2023-02-29", "2024-13-01", "2024-05-01T24:00:00Z", "1714564800", "2024-05-01 12:00:00Z", ""])(
    "rejects %j",
    (text) => {
      expect(parseInstant(text)).toBeUndefined();
    },
  );
});

describe("formatInstant", () => {
  test("whole seconds", () => {
    expect(formatInstant(Date.UTC(2024, 4, 1, 12))).toBe("2024-05-01T12:00:00Z");
  });

  test("milliseconds kept", () => {
    expect(formatInstant(Date.UTC(2024, 4, 1, 12, 0, 0, 5))).toBe("2024-05-01T12:00:00.005Z");
  });
});

describe("isDecimal", () => {
  test.each(["0.9", "-3", "+2", "1e-4", ".5", "5."])("accepts %s", (text) => {
    expect(isDecimal(text)).toBe(true);
  });

  test.each(["", " 1", "1,5", "0x10", "NaN", "Infinity", "1e400", "one"])("rejects %j", (text) => {
    expect(isDecimal(text)).toBe(false);
  });
});
