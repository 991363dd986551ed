import type { IncomingHttpHeaders, Server } from "node:http";

import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode, type SubscribePayload } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";

import { ForbiddenError } from "../auth/auth-errors.js";
import type { Caller, GatewayContext } from "../context/gateway-context.js";
import type { Authenticator } from "../server/context-factory.js";
import type { JobWatcher } from "./job-watcher.js";
import type { SubscriptionContext } from "./subscription-context.js";

/** WebSocket close reasons are limited to 123 bytes (RFC 6455, section 5.5). */
const MAX_CLOSE_REASON_BYTES = 123;

export type SubscriptionServerOptions = {
  httpServer: Server;
  /** URL path of the WebSocket endpoint; the gateway uses `/graphql`, shared with HTTP. */
  path: string;
  schema: GraphQLSchema;
  authenticate: Authenticator;
  createContext: (caller: Caller, headers: IncomingHttpHeaders) => GatewayContext;
  jobUpdates: JobWatcher;
  /** Rules checked on top of GraphQL's own, such as the gateway's depth and alias limits. */
  validationRules: readonly ValidationRule[];
  /** Maximum number of lexical tokens the parser accepts in one document. */
  maxTokens: number;
  logger: Logger;
  /** Hides messages of unexpected errors from clients, as graphql-ws does in production. */
  production: boolean;
  /** Formats each error of an event as HTTP responses do, masking internal ones when configured. */
  formatError: (error: GraphQLFormattedError) => GraphQLFormattedError;
};

/**
 * Serves GraphQL over WebSocket (the graphql-ws protocol) on the gateway's
 * HTTP server. A connection is authenticated once, at `connection_init`
 * (see readPresentedCredentials): missing or invalid credentials close it with
 * 4401 Unauthorized, a token without a gateway role with 4403 Forbidden, each
 * with the reason. Every operation then gets a context for that caller.
 * Only subscriptions are served: queries and mutations go over HTTP, where
 * the cost budget, deadline and error masking of the Apollo plugins apply.
 *
 * `dispose()` closes every connection with 1001 Going Away, which ends their
 * subscriptions, and resolves when the WebSocket server has closed.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });

  const server = useServer<Record<string, unknown>, { caller: Caller }>(
    {
      schema: options.schema,
      isProd: options.production,
      onConnect: async (ctx) => {
        try {
          ctx.extra.caller = await options.authenticate({ headers: ctx.extra.request.headers, connectionParams: ctx.connectionParams });
          return true;
        } catch (error) {
          const code = error instanceof ForbiddenError ? CloseCode.Forbidden : CloseCode.Unauthorized;
          ctx.extra.socket.close(code, closeReason(error));
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => checkOperation(payload, options),
      context: (ctx): SubscriptionContext => {
        const caller = ctx.extra.caller!;
        const headers = ctx.extra.request.headers;
        return {
          ...options.createContext(caller, headers),
          jobUpdates: options.jobUpdates,
          createEventContext: () => options.createContext(caller, headers),
        };
      },
      onNext: (_ctx, id, _payload, _args, result) => formatResult(result, id, options),
      onClose: (ctx, code) => {
        options.logger.debug({ event: "websocket_closed", callerId: ctx.extra.caller?.id, code }, "WebSocket connection closed");
      },
    },
    wsServer,
  );
  return { dispose: async () => server.dispose() };
}

/**
 * Parses and validates a subscribe message with the gateway's limits. Returns
 * the errors to send back, or the execution arguments; graphql-ws adds the
 * context to them.
 */
function checkOperation(payload: SubscribePayload, options: SubscriptionServerOptions): ExecutionArgs | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: options.maxTokens });
  } catch (error) {
    const parseError = error instanceof GraphQLError ? error : new GraphQLError(`Invalid GraphQL document: ${(error as Error).message}`);
    return [withCode(parseError, "GRAPHQL_PARSE_FAILED")];
  }

  const operation = getOperationAST(document, payload.operationName);
  if (operation && operation.operation !== "subscription") {
    return [
      new GraphQLError(`The WebSocket serves subscriptions only; send this ${operation.operation} over HTTP POST to the same /graphql URL.`, {
        extensions: { code: "BAD_REQUEST" },
      }),
    ];
  }

  const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
  if (errors.length > 0) return errors.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED"));
  return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

/**
 * Applies the gateway's error format to the errors of one event, so a
 * subscriber gets the same codes and masking as an HTTP client. An error the
 * format hides is logged with the operation id.
 */
export function formatResult(result: ExecutionResult, id: string, options: SubscriptionServerOptions): FormattedExecutionResult | void {
  if (!result.errors?.length) return;

  const errors = result.errors.map((error) => {
    // Errors without a path come before execution: variables that do not fit their types.
    const coded = error.path === undefined ? withCode(error, "BAD_USER_INPUT") : error;
    const formatted = options.formatError(coded.toJSON());
    if (formatted.message !== error.message) {
      options.logger.error({ event: "subscription_error", operationId: id, err: error.originalError ?? error }, "A subscription event failed");
    }
    return formatted;
  });
  return { ...result, errors };
}

/** Returns the error with `extensions.code` set to `code`, unless it already has a code. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code !== undefined) return error;

  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** Returns the error's message, cut to fit a WebSocket close frame. */
function closeReason(error: unknown): string {
  const message = error instanceof Error ? error.message : "Unauthorized";
  if (Buffer.byteLength(message, "utf8") <= MAX_CLOSE_REASON_BYTES) return message;

  let cut = message.slice(0, MAX_CLOSE_REASON_BYTES - 3);
  while (Buffer.byteLength(`${cut}...`, "utf8") > MAX_CLOSE_REASON_BYTES) cut = cut.slice(0, -1);
  return `${cut}...`;
}
