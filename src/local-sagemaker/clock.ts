/** Milliseconds since the epoch; injected so that tests and replays can control time. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** Converts a clock reading to the wire's timestamp form, epoch seconds with milliseconds. */
export function toEpochSeconds(milliseconds: number): number {
  return milliseconds / 1000;
}
