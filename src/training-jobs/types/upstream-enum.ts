import { registerEnumType } from "type-graphql";

/** Values config of `registerEnumType`, which type-graphql 2.0.0-rc.4 does not export by name. */
type EnumValuesConfig<TEnum extends object> = NonNullable<Parameters<typeof registerEnumType<TEnum>>[1]["valuesConfig"]>;

/**
 * Internal value of the `UNKNOWN` member that every upstream enum carries.
 * SageMaker adds enum values without notice, so the mapping turns a value the
 * enum does not list into this one instead of failing the query.
 */
export const UNKNOWN_ENUM_VALUE = "UNKNOWN";

const UNKNOWN_DESCRIPTION = "SageMaker returned a value this version of the gateway does not know.";

/** String enum whose values are SageMaker strings plus `UNKNOWN`. */
export type UpstreamEnum = Record<string, string> & { UNKNOWN: typeof UNKNOWN_ENUM_VALUE };

/** Settings of one upstream enum: its GraphQL name and descriptions. */
export interface UpstreamEnumConfig<TEnum extends UpstreamEnum> {
  name: string;
  description: string;
  /** One description per member except `UNKNOWN`, which gets a shared one. */
  values: Record<Exclude<keyof TEnum, "UNKNOWN">, string>;
}

/**
 * Registers a TypeScript string enum as a GraphQL enum. The enum keys are the
 * GraphQL value names: the words of the SageMaker string in ALL_CAPS
 * (`InProgress` -> `IN_PROGRESS`, `FSxLustre` -> `FSX_LUSTRE`). Resolvers and
 * the mapping see the SageMaker string itself as the internal value.
 */
export function registerUpstreamEnum<TEnum extends UpstreamEnum>(
  enumObject: TEnum,
  config: UpstreamEnumConfig<TEnum>,
): void {
  const descriptions: Record<string, string> = { ...config.values, UNKNOWN: UNKNOWN_DESCRIPTION };
  const valuesConfig: EnumValuesConfig<TEnum> = {};
  for (const key of Object.keys(enumObject) as Array<keyof TEnum & string>) {
    valuesConfig[key] = { description: descriptions[key] };
  }

  registerEnumType(enumObject, {
    name: config.name,
    description: config.description,
    valuesConfig,
  });
}
