import { GraphQLError } from "graphql";

import { BadUserInputError } from "../errors/gateway-errors.js";
import { assertValidJobName } from "../training-jobs/training-job-name.js";
import { UNKNOWN_ENUM_VALUE } from "../training-jobs/types/upstream-enum.js";
import type { JobChangeKind } from "./job-change.enum.js";
import type { TrainingJobUpdateFilter } from "./training-job-update-filter.input.js";
import type { WatchSpec } from "./watch-spec.js";

/** Jobs one subscription may watch by name; each costs a Describe when it starts and may cost one per poll. */
export const MAX_WATCHED_NAMES = 100;

/** Checks the arguments of `trainingJobUpdated` and turns them into a WatchSpec; throws BAD_USER_INPUT naming the argument. */
export function toWatchSpec(names: readonly string[] | null | undefined, filter: TrainingJobUpdateFilter | null | undefined): WatchSpec {
  const spec: WatchSpec = {};

  if (names !== null && names !== undefined) {
    if (names.length === 0 || names.length > MAX_WATCHED_NAMES) {
      throw new BadUserInputError(`Invalid "names": give 1 to ${MAX_WATCHED_NAMES} job names, or omit it to watch every job the filter matches; got ${names.length}.`, {
        argumentName: "names",
      });
    }
    names.forEach((name, index) => assertValidJobName(name, `names[${index}]`));
    spec.names = new Set(names);
  }

  if (filter?.statusEquals) {
    if (filter.statusEquals === UNKNOWN_ENUM_VALUE) {
      throw new BadUserInputError("Invalid filter.statusEquals: UNKNOWN only marks values SageMaker returns; choose a known status.", {
        argumentName: "filter.statusEquals",
      });
    }
    spec.statusEquals = filter.statusEquals;
  }

  if (filter?.nameContains) {
    if (!/^[a-zA-Z0-9-]{1,63}$/.test(filter.nameContains)) {
      throw new BadUserInputError(
        `Invalid filter.nameContains ${JSON.stringify(filter.nameContains.slice(0, 100))}: at most 63 letters, digits and hyphens, as in job names.`,
        { argumentName: "filter.nameContains" },
      );
    }
    spec.nameContains = filter.nameContains;
  }

  if (filter?.changes) spec.changes = new Set<JobChangeKind>(filter.changes);
  return spec;
}

/** Creates the error for a subscription that did not come over graphql-ws, where no events can be sent. */
export function notOverWebSocketError(): GraphQLError {
  return new GraphQLError("Subscriptions are served over WebSocket with the graphql-ws protocol at this same /graphql URL, not over HTTP.", {
    extensions: { code: "BAD_REQUEST" },
  });
}
