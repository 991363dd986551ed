import { describe, expect, test } from "vitest";

import { ApiKeyVerifier } from "../../../src/auth/api-key.verifier.js";

const entries = [
  { name: "ci", role: "operator" as const, key: "ci-key-0123456789abcdef" },
  { name: "dash", role: "viewer" as const, key: "dash-key-0123456789abcdef" },
];

describe("ApiKeyVerifier", () => {
  test("identifies the matching key", () => {
    expect(new ApiKeyVerifier(entries).identify("dash-key-0123456789abcdef")).toEqual({ name: "dash", role: "viewer" });
  });

  test("unknown key gives undefined", () => {
    expect(new ApiKeyVerifier(entries).identify("dash-key-0123456789abcdeX")).toBeUndefined();
  });

  test("prefix of a key does not match", () => {
    expect(new ApiKeyVerifier(entries).identify("ci-key-0123")).toBeUndefined();
  });

  test("empty key does not match", () => {
    expect(new ApiKeyVerifier(entries).identify("")).toBeUndefined();
  });

  test("enabled only with keys", () => {
    expect(new ApiKeyVerifier([]).enabled).toBe(false);
  });
});
