/**
 * `trainingJobUpdated`: one shared poller per process (JobWatcher) and the
 * graphql-ws server that delivers its events.
 */
export { JobChangeKind } from "./job-change.enum.js";
export { JobUpdatesResolver } from "./job-updates.resolver.js";
export { JobWatcher, type WatcherStats } from "./job-watcher.js";
export { startSubscriptionServer, type SubscriptionServerOptions } from "./subscription-server.js";
export { readSubscriptionSettings, type SubscriptionSettings } from "./subscriptions.config.js";
