import { describe, expect, test } from "vitest";

import { expandRoles, highestRole } from "../../../src/auth/roles.js";

describe("expandRoles", () => {
  test.each([
    [["viewer"], ["viewer"]],
    [["operator"], ["viewer", "operator"]],
    [["admin"], ["viewer", "operator", "admin"]],
    [["viewer", "admin"], ["viewer", "operator", "admin"]],
    [["billing", "root"], []],
    [[], []],
  ])("%j includes %j", (granted, expected) => {
    expect([...expandRoles(granted)]).toEqual(expected);
  });
});

describe("highestRole", () => {
  test("picks the most powerful role", () => {
    expect(highestRole(new Set(["viewer", "operator"]))).toBe("operator");
  });

  test("no role gives undefined", () => {
    expect(highestRole(new Set())).toBeUndefined();
  });
});
