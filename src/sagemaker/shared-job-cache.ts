import { TERMINAL_STATUSES } from "./job-views.js";

export type CachePolicy = {
  maxEntries: number;
  terminalTtlMs: number;
  activeTtlMs: number;
};

type Entry = { value: unknown; expiresAt: number };

/** Listings whose first page is remembered; each costs a list of up to 100 names. */
const FIRST_PAGES_KEPT = 200;

/**
 * The one cache shared between requests. It stores SageMaker responses by key
 * (`describe:<name>`, `search:<name>`, `tags:<arn>`) and enforces the
 * freshness rule of the gateway:
 *
 * - a job in a terminal status (Completed, Failed, Stopped) is kept for
 *   `terminalTtlMs`, because only its tags and warm pool status still change,
 *   and changes made through the gateway evict it at once;
 * - any other job is kept for `activeTtlMs`, a few seconds at most, so a
 *   running job is never served older than that;
 * - at most `maxEntries` responses are kept; the least recently used go first.
 *
 * It also shares calls in flight: while one request loads a key, others that
 * request it wait for the same response instead of calling SageMaker again.
 */
export class SharedJobCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** Job names of recently listed first pages, by listing; bounded like the entries. */
  private readonly firstPages = new Map<string, readonly string[]>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly policy: CachePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value, or `undefined` when absent or expired. */
  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;

    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value as T;
  }

  /** Stores a value for as long as the status of its job allows. */
  set(key: string, value: unknown, jobStatus: string | undefined): void {
    const ttl = jobStatus && TERMINAL_STATUSES.has(jobStatus) ? this.policy.terminalTtlMs : this.policy.activeTtlMs;
    if (ttl <= 0 || this.policy.maxEntries === 0) return;

    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttl });
    while (this.entries.size > this.policy.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  pending<T>(key: string): Promise<T> | undefined {
    return this.inFlight.get(key) as Promise<T> | undefined;
  }

  /** Registers a load in flight; it is removed when it settles. */
  track<T>(key: string, load: Promise<T>): Promise<T> {
    this.inFlight.set(key, load);
    const forget = () => {
      if (this.inFlight.get(key) === load) this.inFlight.delete(key);
    };
    load.then(forget, forget);
    return load;
  }

  /** Drops every cached response about one job, after a change made through the gateway. */
  evictJob(name: string, arn?: string): void {
    const keys = [`describe:${name}`, `search:${name}`];
    if (arn) keys.push(`tags:${arn.toLowerCase()}`);

    for (const key of keys) {
      this.entries.delete(key);
      this.inFlight.delete(key);
    }
  }

  /** Drops every cached response; loads in flight still complete for their callers. */
  evictAll(): void {
    this.entries.clear();
    this.firstPages.clear();
  }

  /** Remembers which jobs the first page of a listing showed. */
  rememberFirstPage(listingKey: string, names: readonly string[]): void {
    this.firstPages.delete(listingKey);
    this.firstPages.set(listingKey, names);
    if (this.firstPages.size > FIRST_PAGES_KEPT) this.firstPages.delete(this.firstPages.keys().next().value as string);
  }

  /**
   * Returns whether every job of the listing's last first page still has a
   * fresh Search or Describe response here. A Search sent ahead of the list
   * call would then most likely be wasted.
   */
  coversFirstPage(listingKey: string): boolean {
    const names = this.firstPages.get(listingKey);
    if (!names || names.length === 0) return false;
    return names.every((name) => this.get(`search:${name}`) !== undefined || this.get(`describe:${name}`) !== undefined);
  }

  get size(): number {
    return this.entries.size;
  }
}
