import type { ApiKeyEntry } from "./auth.config.js";
import { isRole, ROLES } from "./roles.js";

/** A caller id for logs: letters, digits and `_ . @ -`, starting with a letter or digit. */
const NAME_PATTERN = /^[A-Za-z0-9][\w.@-]{0,63}$/;

/**
 * Shortest key accepted. Sixteen random characters from a base64 alphabet
 * carry 96 bits, which no one can guess; a shorter key is a configuration
 * mistake.
 */
export const MIN_API_KEY_LENGTH = 16;

/** Visible ASCII without `,` and `:`, which separate entries and fields. */
const KEY_PATTERN = /^[\x21-\x2b\x2d-\x39\x3b-\x7e]+$/;

/**
 * Parses `name:role:key` entries separated by `separator` (a comma in
 * API_KEYS, a line break in API_KEYS_FILE). Blank entries and lines starting
 * with `#` are skipped. Throws an Error whose message names the entry by its
 * position and name, and never quotes a key.
 */
export function parseApiKeyList(text: string, separator: string): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const names = new Set<string>();
  const keys = new Set<string>();

  const rawEntries = text.split(separator).map((entry) => entry.trim());
  rawEntries.forEach((raw, index) => {
    if (raw === "" || raw.startsWith("#")) return;

    const position = `entry ${index + 1}`;
    const [name, role, key, ...rest] = raw.split(":");
    if (key === undefined || rest.length > 0) {
      throw new Error(`entries of the form name:role:key; ${position} has ${raw.split(":").length} fields`);
    }
    if (!NAME_PATTERN.test(name)) {
      throw new Error(`a name of letters, digits and "_.@-" in ${position}, not ${JSON.stringify(name.slice(0, 64))}`);
    }
    if (!isRole(role)) {
      throw new Error(`a role (${ROLES.join(", ")}) in ${position} (${name}), not ${JSON.stringify(role.slice(0, 32))}`);
    }
    if (key.length < MIN_API_KEY_LENGTH || !KEY_PATTERN.test(key)) {
      throw new Error(`a key of at least ${MIN_API_KEY_LENGTH} visible characters other than "," and ":" in ${position} (${name})`);
    }
    if (names.has(name)) throw new Error(`unique names; ${position} repeats ${JSON.stringify(name)}`);
    if (keys.has(key)) throw new Error(`a different key for every name; ${position} (${name}) reuses an earlier key`);

    names.add(name);
    keys.add(key);
    entries.push({ name, role, key });
  });

  return entries;
}
