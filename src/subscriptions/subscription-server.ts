import type { IncomingHttpHeaders, Server } from "node:http";

import type { GraphQLSchema } from "graphql";
import { CloseCode } from "graphql-ws";
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
  logger: Logger;
  /** Hides messages of unexpected errors from clients, as graphql-ws does in production. */
  production: boolean;
};

/**
 * Serves GraphQL over WebSocket (the graphql-ws protocol) on the gateway's
 * HTTP server. A connection is authenticated once, at `connection_init`
 * (see readPresentedCredentials): missing or invalid credentials close it with
 * 4401 Unauthorized, a token without a gateway role with 4403 Forbidden, each
 * with the reason. Every operation then gets a context for that caller.
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
      context: (ctx): SubscriptionContext => {
        const caller = ctx.extra.caller!;
        const headers = ctx.extra.request.headers;
        return {
          ...options.createContext(caller, headers),
          jobUpdates: options.jobUpdates,
          createEventContext: () => options.createContext(caller, headers),
        };
      },
      onClose: (ctx, code) => {
        options.logger.debug({ event: "websocket_closed", callerId: ctx.extra.caller?.id, code }, "WebSocket connection closed");
      },
    },
    wsServer,
  );
  return { dispose: async () => server.dispose() };
}

/** Returns the error's message, cut to fit a WebSocket close frame. */
function closeReason(error: unknown): string {
  const message = error instanceof Error ? error.message : "Unauthorized";
  if (Buffer.byteLength(message, "utf8") <= MAX_CLOSE_REASON_BYTES) return message;

  let cut = message.slice(0, MAX_CLOSE_REASON_BYTES - 3);
  while (Buffer.byteLength(`${cut}...`, "utf8") > MAX_CLOSE_REASON_BYTES) cut = cut.slice(0, -1);
  return `${cut}...`;
}
