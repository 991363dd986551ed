import type { Caller } from "../context/gateway-context.js";
import type { KeyValuePair } from "../training-jobs/types/key-value-pair.type.js";

/**
 * Default SECRET_KEY_PATTERN: a key with KEY, TOKEN, SECRET, PASSWORD, PASSWD
 * or CREDENTIAL(S) as one of its words (API_KEY and ACCESS_KEY written
 * together count too). Words are separated by non-letters or, in camelCase
 * keys, by a capital letter. Matching whole words keeps ordinary settings
 * such as TOKENIZERS_PARALLELISM, tokenizer_name and max_tokens visible.
 */
export const DEFAULT_SECRET_KEY_PATTERN =
  "(^|[^a-z])(api_?key|access_?key|secret_?key|auth_?token|key|token|secret|password|passwd|credentials?)([^a-z]|$)";

/**
 * Rule for secret-looking values in environment variables and
 * hyperparameters. A value is secret-looking when its key matches the
 * configured pattern (DEFAULT_SECRET_KEY_PATTERN unless set), in any case,
 * as written or with its camelCase words split by underscores. Admins get
 * such values in clear. Other callers get `value: null, redacted: true`,
 * unless the policy shows them to everyone.
 */
export class SecretValuePolicy {
  constructor(
    private readonly keyPattern: RegExp,
    private readonly showToEveryone: boolean,
  ) {}

  isSecretKey(key: string): boolean {
    return this.keyPattern.test(key) || this.keyPattern.test(key.replace(/([a-z0-9])([A-Z])/g, "$1_$2"));
  }

  /** Tells whether `caller` may read secret-looking values in clear. */
  reveals(caller: Caller): boolean {
    return this.showToEveryone || caller.roles.has("admin");
  }

  /** Returns copies of the pairs with the secret-looking values hidden from `caller`, or the pairs as they are when it may see them. */
  apply(pairs: readonly KeyValuePair[], caller: Caller): KeyValuePair[] {
    if (this.reveals(caller)) return [...pairs];
    return pairs.map((pair) => (this.isSecretKey(pair.key) ? { key: pair.key, value: null, redacted: true } : pair));
  }
}

/** The policy when none is configured: the default pattern, values shown to admins only. */
export const DEFAULT_SECRET_VALUE_POLICY = new SecretValuePolicy(new RegExp(DEFAULT_SECRET_KEY_PATTERN, "i"), false);

