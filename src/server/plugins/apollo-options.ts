import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type cors from "cors";

import type { GatewayConfig, LandingPage } from "../../config/config.js";
import { createErrorFormatter } from "./error-masking.js";
import { queryShapeRule } from "./query-shape.rule.js";

/** Options of Apollo Server that only take settings, as opposed to plugins that take state. */
type SettingOptions = Pick<
  ApolloServerOptions<BaseContext>,
  "introspection" | "includeStacktraceInErrorResponses" | "hideSchemaDetailsFromClientErrors" | "formatError" | "parseOptions" | "validationRules"
>;

/**
 * Apollo Server settings for error exposure and query limits:
 *
 * - stack traces only on request (ERROR_STACK_TRACES), and never with
 *   masking or in production;
 * - "Did you mean" suggestions, which name schema fields, only while
 *   introspection is on;
 * - `formatError` masking internal errors (see createErrorFormatter);
 * - the parser's token limit and the depth, alias and root-field rule.
 *
 * Batched HTTP requests stay off: Apollo Server's `allowBatchedHttpRequests`
 * defaults to false, which rejects a JSON array with 400 BAD_REQUEST.
 */
export function apolloSettings(config: GatewayConfig): SettingOptions {
  return {
    introspection: config.http.introspection,
    includeStacktraceInErrorResponses: config.http.stackTraces && !config.production && !config.http.maskErrors,
    hideSchemaDetailsFromClientErrors: !config.http.introspection,
    formatError: createErrorFormatter({ mask: config.http.maskErrors }),
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [queryShapeRule(config.limits)],
  };
}

/** Returns the landing page plugin for LANDING_PAGE: Apollo Sandbox, Apollo's production page, or none. */
export function landingPagePlugin(landingPage: LandingPage): ApolloServerPlugin<BaseContext> {
  switch (landingPage) {
    case "sandbox":
      return ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, footer: false });
    case "production":
      return ApolloServerPluginLandingPageProductionDefault({ footer: false });
    case "off":
      return ApolloServerPluginLandingPageDisabled();
  }
}

/**
 * Builds the CORS options of `/graphql` from CORS_ORIGINS: any origin, the
 * listed origins, or none. With none, no CORS header is sent, so browsers on
 * other origins cannot read responses. The request id header is exposed to
 * scripts for error reports.
 */
export function corsOptions(origins: "*" | string[]): cors.CorsOptions {
  let origin: cors.CorsOptions["origin"] = origins;
  if (origins !== "*" && origins.length === 0) origin = false;
  return { origin, exposedHeaders: ["x-request-id"] };
}
