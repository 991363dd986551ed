/**
 * Receives an enum value that SageMaker returned but the schema does not list.
 * `path` locates it in the record with API member names, for example
 * `SecondaryStatusTransitions[3].Status`.
 */
export type UnknownEnumValueHandler = (enumName: string, value: string, path: string) => void;

/** Options of `mapTrainingJob` and `mapShape`. */
export type MapOptions = {
  /**
   * Called once per enum name and value for each handler function, however
   * many records carry the pair. Keep one handler for the life of the process
   * to log each new value once. Without it, Node's `process.emitWarning`
   * reports the value.
   */
  onUnknownEnumValue?: UnknownEnumValueHandler;
};

/** Location of a value in the source record: API member names and list indexes. */
export type MappingPath = { readonly parent: MappingPath | undefined; readonly key: string | number };

/** State shared by the converters while one record is mapped. */
export type MappingContext = {
  reportUnknownEnumValue(enumName: string, value: string, path: string): void;
};

/**
 * Bound on the distinct pairs remembered per handler. An upstream that sends
 * endless new values would otherwise grow the set without end; past the
 * bound, new pairs are no longer reported.
 */
const MAX_REPORTED_PAIRS_PER_HANDLER = 256;

const reportedPairsByHandler = new WeakMap<UnknownEnumValueHandler, Set<string>>();

function emitUnknownEnumWarning(enumName: string, value: string, path: string): void {
  process.emitWarning(
    `SageMaker returned ${enumName} value "${value}" at ${path}, which this gateway version does not know. The gateway serves it as UNKNOWN.`,
    { code: "GATEWAY_UNKNOWN_ENUM_VALUE" },
  );
}

/** Builds the context for one mapping call. */
export function createMappingContext(options: MapOptions = {}): MappingContext {
  const handler = options.onUnknownEnumValue ?? emitUnknownEnumWarning;

  let reported = reportedPairsByHandler.get(handler);
  if (!reported) {
    reported = new Set();
    reportedPairsByHandler.set(handler, reported);
  }
  const reportedPairs = reported;

  return {
    reportUnknownEnumValue(enumName, value, path) {
      const pair = `${enumName}\u0000${value}`;
      if (reportedPairs.has(pair) || reportedPairs.size >= MAX_REPORTED_PAIRS_PER_HANDLER) return;
      reportedPairs.add(pair);
      handler(enumName, value, path);
    },
  };
}

/** Formats a path as `InputDataConfig[0].DataSource.S3DataSource.S3Uri`. */
export function formatPath(parent: MappingPath | undefined, key: string | number): string {
  const segments: Array<string | number> = [key];
  for (let node = parent; node; node = node.parent) segments.push(node.key);

  let text = "";
  for (const segment of segments.reverse()) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text ? `.${segment}` : segment;
  }
  return text;
}
