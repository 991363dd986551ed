import { describe, expect, test } from "vitest";

import { DEFAULT_SECRET_KEY_PATTERN, DEFAULT_SECRET_VALUE_POLICY, SecretValuePolicy } from "../../../src/auth/secret-values.js";
import type { Caller } from "../../../src/context/gateway-context.js";
import { KeyValuePair } from "../../../src/training-jobs/types/key-value-pair.type.js";

const viewer: Caller = { id: "dash", roles: new Set(["viewer"]), anonymous: false };
const admin: Caller = { id: "root", roles: new Set(["viewer", "operator", "admin"]), anonymous: false };

function pair(key: string, value: string): KeyValuePair {
  return Object.assign(new KeyValuePair(), { key, value, redacted: false });
}

const pairs = [pair("AWS_SECRET_ACCESS_KEY", "abc"), pair("epochs", "10"), pair("hf_token", "hf_x"), pair("Db_Password", "pw")];
const policy = new SecretValuePolicy(/KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i, false);

describe("SecretValuePolicy", () => {
  test("hides secret-looking values from a viewer", () => {
    expect(policy.apply(pairs, viewer)).toEqual([
      { key: "AWS_SECRET_ACCESS_KEY", value: null, redacted: true },
      pair("epochs", "10"),
      { key: "hf_token", value: null, redacted: true },
      { key: "Db_Password", value: null, redacted: true },
    ]);
  });

  test("shows every value to an admin", () => {
    expect(policy.apply(pairs, admin)).toEqual(pairs);
  });

  test("shows every value to everyone when configured", () => {
    expect(new SecretValuePolicy(/KEY/i, true).apply(pairs, viewer)).toEqual(pairs);
  });

  test("uses the configured pattern", () => {
    const custom = new SecretValuePolicy(/^epochs$/i, false);

    expect(custom.apply(pairs, viewer).filter((entry) => entry.redacted).map((entry) => entry.key)).toEqual(["epochs"]);
  });

  test("leaves the input pairs unchanged", () => {
    policy.apply(pairs, viewer);

    expect(pairs[0].value).toBe("abc");
  });
});

describe("default secret key pattern", () => {
  test.each([
    "HF_TOKEN",
    "WANDB_API_KEY",
    "DATABASE_PASSWORD",
    "aws_secret_access_key",
    "AWS_SESSION_TOKEN",
    "apiKey",
    "githubToken",
    "APIKEY",
    "db-passwd",
    "GOOGLE_APPLICATION_CREDENTIALS",
    "client.secret",
    "private-key",
  ])("hides %s", (key) => {
    expect(DEFAULT_SECRET_VALUE_POLICY.isSecretKey(key)).toBe(true);
  });

  test.each(["TOKENIZERS_PARALLELISM", "tokenizer_name", "max_tokens", "keyword", "num_keys", "epochs", "sagemaker_program", "monkey_patch"])(
    "shows %s",
    (key) => {
      expect(DEFAULT_SECRET_VALUE_POLICY.isSecretKey(key)).toBe(false);
    },
  );

  test("is a valid case-insensitive pattern", () => {
    expect(new RegExp(DEFAULT_SECRET_KEY_PATTERN, "i").test("Hf_Token")).toBe(true);
  });
});

