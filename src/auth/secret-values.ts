import type { Caller } from "../context/gateway-context.js";
import type { KeyValuePair } from "../training-jobs/types/key-value-pair.type.js";

/**
 * Rule for secret-looking values in environment variables and
 * hyperparameters. A value is secret-looking when its key matches the
 * configured pattern (by default one containing KEY, TOKEN, SECRET, PASSWORD
 * or CREDENTIAL, in any case). Admins get such values in clear. Other callers
 * get `value: null, redacted: true`, unless the policy shows them to everyone.
 */
export class SecretValuePolicy {
  constructor(
    private readonly keyPattern: RegExp,
    private readonly showToEveryone: boolean,
  ) {}

  isSecretKey(key: string): boolean {
    return this.keyPattern.test(key);
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
export const DEFAULT_SECRET_VALUE_POLICY = new SecretValuePolicy(/KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i, false);

