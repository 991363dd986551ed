import type { StoredJob } from "../wire.js";

type IndexedVersion = { changedAt: number; stored: StoredJob };

/** A job's retained versions in change order; `trimmed` when older versions were dropped. */
type JobHistory = { versions: IndexedVersion[]; trimmed: boolean };

/**
 * Past states of each job, so that Search can respond from an index that lags
 * behind writes. With a lag of L ms, Search returns each job in its newest
 * state that is at least L ms old, and leaves out a job created less than
 * L ms ago. Versions older than the one visible under the current lag are
 * dropped on each write.
 */
export class SearchIndex {
  private readonly histories = new Map<string, JobHistory>();

  /**
   * Records the state of a job after a change at `changedAt` (ms); the state
   * is copied. `-Infinity` marks a state that Search has indexed already.
   */
  record(name: string, stored: StoredJob, changedAt: number, now: number, lagMs: number): void {
    const history = this.histories.get(name) ?? { versions: [], trimmed: false };
    history.versions.push({ changedAt, stored: structuredClone(stored) });

    const visibleIndex = findVisibleIndex(history.versions, now - lagMs);
    if (visibleIndex > 0) {
      history.versions = history.versions.slice(visibleIndex);
      history.trimmed = true;
    }
    this.histories.set(name, history);
  }

  /**
   * Returns the state of the job visible to Search, or undefined while it is
   * not indexed yet. When the lag was raised after older versions had been
   * dropped, the oldest retained version stands in for the missing one.
   */
  visibleState(name: string, now: number, lagMs: number): StoredJob | undefined {
    const history = this.histories.get(name);
    if (history === undefined) return undefined;

    const visibleIndex = findVisibleIndex(history.versions, now - lagMs);
    if (visibleIndex >= 0) return history.versions[visibleIndex].stored;
    return history.trimmed ? history.versions[0].stored : undefined;
  }
}

/** Index of the newest version changed at or before `cutoff`, or -1. */
function findVisibleIndex(versions: readonly IndexedVersion[], cutoff: number): number {
  for (let index = versions.length - 1; index >= 0; index--) {
    if (versions[index].changedAt <= cutoff) return index;
  }
  return -1;
}
