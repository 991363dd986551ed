/**
 * The gateway's roles, from least to most powerful. Each role includes the
 * ones before it: an operator can also read, an admin can also stop jobs.
 *
 * - `viewer` reads jobs and subscribes to their updates;
 * - `operator` also stops jobs and adds or removes tags;
 * - `admin` also sees secret-looking environment and hyperparameter values.
 */
export const ROLES = ["viewer", "operator", "admin"] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Expands granted role names to every role they include, so that checks can
 * ask `roles.has("operator")`. Names that are not gateway roles are ignored.
 */
export function expandRoles(granted: Iterable<string>): Set<Role> {
  let highest = -1;
  for (const name of granted) highest = Math.max(highest, ROLES.indexOf(name as Role));
  return new Set(ROLES.slice(0, highest + 1));
}

/** Returns the highest role in the set, or `undefined` when it has none. */
export function highestRole(roles: ReadonlySet<string>): Role | undefined {
  return [...ROLES].reverse().find((role) => roles.has(role));
}
