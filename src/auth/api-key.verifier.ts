import { createHash, timingSafeEqual } from "node:crypto";

import type { ApiKeyEntry } from "./auth.config.js";

type StoredKey = { entry: Omit<ApiKeyEntry, "key">; digest: Buffer };

/**
 * Finds the configured API key a request presents. Both sides are hashed
 * with SHA-256 before `timingSafeEqual`, so the comparison takes the same time
 * whatever the lengths, and every configured key is compared on each call, so
 * the time does not tell which key came close. Only digests are kept.
 */
export class ApiKeyVerifier {
  private readonly keys: StoredKey[];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.keys = entries.map(({ key, ...entry }) => ({ entry, digest: digestOf(key) }));
  }

  get enabled(): boolean {
    return this.keys.length > 0;
  }

  /** Returns the name and role of the matching key, or `undefined` when none matches. */
  identify(presented: string): Omit<ApiKeyEntry, "key"> | undefined {
    const digest = digestOf(presented);
    let match: StoredKey | undefined;

    for (const stored of this.keys) {
      if (timingSafeEqual(stored.digest, digest) && !match) match = stored;
    }
    return match?.entry;
  }
}

function digestOf(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}
