import { loadJobsDir } from "./corpus/jobs-dir.loader.js";
import { generateFleet } from "./fleet/index.js";
import type { ServerSettings } from "./options.js";
import type { StoredJob } from "./wire.js";

/**
 * Collects the jobs a server starts with: the generated fleet, then the
 * records of `jobsDir`, then `jobs`. They are returned in that order so that
 * a later job replaces an earlier one of the same name.
 */
export async function collectInitialJobs(settings: ServerSettings): Promise<StoredJob[]> {
  const scope = { region: settings.region, accountId: settings.accountId };
  const fleet = settings.fleetSize > 0 ? generateFleet({ size: settings.fleetSize, seed: settings.seed, now: settings.now, region: settings.region, accountId: settings.accountId }) : [];
  const loaded = settings.jobsDir === undefined ? [] : await loadJobsDir(settings.jobsDir, scope);

  return [...fleet, ...loaded, ...settings.jobs.map((stored) => structuredClone(stored))];
}
