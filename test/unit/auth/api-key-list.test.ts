import { describe, expect, test } from "vitest";

import { parseApiKeyList } from "../../../src/auth/api-key-list.js";

const KEY_A = "a".repeat(16);
const KEY_B = "b1c2d3e4f5g6h7i8j9";

describe("parseApiKeyList", () => {
  test("reads name, role and key of each entry", () => {
    expect(parseApiKeyList(`ci:operator:${KEY_A},dash:viewer:${KEY_B}`, ",")).toEqual([
      { name: "ci", role: "operator", key: KEY_A },
      { name: "dash", role: "viewer", key: KEY_B },
    ]);
  });

  test("skips blank lines and comments", () => {
    const entries = parseApiKeyList(`# keys of the team\n\nci:admin:${KEY_A}\n`, "\n");

    expect(entries.map((entry) => entry.name)).toEqual(["ci"]);
  });

  test("trims spaces around entries", () => {
    expect(parseApiKeyList(` ci:viewer:${KEY_A} `, ",")[0].key).toBe(KEY_A);
  });

  test.each([
    ["a missing key", "ci:viewer", /name:role:key; entry 1 has 2 fields/],
    ["an extra field", `ci:viewer:${KEY_A}:x`, /entry 1 has 4 fields/],
    ["an unknown role", `ci:root:${KEY_A}`, /a role \(viewer, operator, admin\) in entry 1 \(ci\), not "root"/],
    ["a bad name", `-ci:viewer:${KEY_A}`, /a name of letters/],
    ["a short key", "ci:viewer:short", /at least 16 visible characters/],
    ["a key with spaces", "ci:viewer:aaaa bbbb cccc dddd", /at least 16 visible characters/],
    ["a repeated name", `ci:viewer:${KEY_A},ci:admin:${KEY_B}`, /entry 2 repeats "ci"/],
    ["a reused key", `ci:viewer:${KEY_A},bot:admin:${KEY_A}`, /entry 2 \(bot\) reuses an earlier key/],
  ])("rejects %s", (_case, text, message) => {
    expect(() => parseApiKeyList(text, ",")).toThrow(message);
  });

  test("error never quotes a key", () => {
    const secretLookingKey = "s3cr3t-value with space";

    expect(() => parseApiKeyList(`ci:viewer:${secretLookingKey}`, ",")).toThrow(expect.objectContaining({ message: expect.not.stringContaining("s3cr3t") }));
  });
});
