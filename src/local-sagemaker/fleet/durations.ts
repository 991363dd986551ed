import type { AlgorithmProfile } from "./algorithms.js";
import type { PhaseDurations } from "./phases.js";
import type { SeededRandom } from "./random.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Draws how long each phase of a job takes. Large GPU clusters take longer to
 * provision. Jobs that copy their input to the instances spend longer in
 * Downloading than jobs that stream it.
 */
export function drawDurations(
  profile: AlgorithmProfile,
  instanceType: string | undefined,
  imageOnlyDownload: boolean,
  rng: SeededRandom,
): PhaseDurations {
  const largeCluster = instanceType !== undefined && /(16|24|32|36|48)xlarge/.test(instanceType);
  const gpu = instanceType !== undefined && /^ml\.(p|g|trn)/.test(instanceType);
  const [minMinutes, maxMinutes] = profile.trainingMinutes;

  let startingMs = rng.int(60 * SECOND, 200 * SECOND);
  if (largeCluster) {
    startingMs = rng.int(5 * MINUTE, 20 * MINUTE);
  } else if (gpu) {
    startingMs = rng.int(90 * SECOND, 400 * SECOND);
  } else if (profile.hardware === "none") {
    startingMs = rng.int(20 * SECOND, 90 * SECOND);
  }

  return {
    pendingMs: rng.int(10 * MINUTE, 8 * 60 * MINUTE),
    startingMs,
    downloadingMs: imageOnlyDownload ? rng.int(20 * SECOND, 120 * SECOND) : rng.int(10 * SECOND, 15 * MINUTE),
    trainingMs: Math.round(rng.logUniform(minMinutes, maxMinutes) * MINUTE),
    uploadingMs: profile.family === "serverless" || largeCluster ? rng.int(1 * MINUTE, 15 * MINUTE) : rng.int(5 * SECOND, 5 * MINUTE),
  };
}
