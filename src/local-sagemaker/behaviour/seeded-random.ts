/** A function returning uniformly distributed numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * A small deterministic generator (the mulberry32 algorithm: a 32-bit state
 * advanced by a Weyl sequence and mixed by multiplications and shifts). The
 * same seed gives the same sequence on every run, which keeps fault
 * injection and job progression reproducible. Not for cryptographic use.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
