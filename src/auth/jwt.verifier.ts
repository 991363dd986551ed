import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions, type JWTVerifyResult } from "jose";

import { AuthenticationError } from "./auth-errors.js";
import type { JwtConfig } from "./auth.config.js";

/**
 * Signature algorithms accepted per key source. Public keys from a JWKS only
 * verify asymmetric signatures and the shared secret only HMAC ones, so a
 * token cannot pick an algorithm that turns a public key into an HMAC secret,
 * and `none` is never accepted.
 */
const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"];
const HMAC_ALGORITHMS = ["HS256", "HS384", "HS512"];

/** The caller a verified token identifies: its subject and the role names it lists. */
export type TokenIdentity = { subject: string; roles: string[] };

/** Receives failures that are the gateway's problem rather than the token's, such as an unreachable JWKS. */
export type VerifierWarning = (details: { reason: string; errorName: string }) => void;

/**
 * Verifies bearer tokens with jose against the configured issuer, audience and
 * keys. A token must carry `sub` and `exp`. Every failure becomes an
 * `AuthenticationError` that names the reason and quotes no part of the token.
 */
export class JwtVerifier {
  private readonly verifyWithKeys: (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;
  private readonly algorithms: string[];

  constructor(
    private readonly config: JwtConfig,
    private readonly warn: VerifierWarning = () => {},
  ) {
    const keys = config.keys;
    if (keys.kind === "secret") {
      const secret = new TextEncoder().encode(keys.secret);
      this.verifyWithKeys = (token, options) => jwtVerify(token, secret, options);
      this.algorithms = HMAC_ALGORITHMS;
    } else {
      const keySet = keys.kind === "jwksUrl" ? createRemoteJWKSet(keys.url) : createLocalJWKSet(keys.jwks);
      this.verifyWithKeys = (token, options) => jwtVerify(token, keySet, options);
      this.algorithms = ASYMMETRIC_ALGORITHMS;
    }
  }

  async verify(token: string): Promise<TokenIdentity> {
    let payload: JWTPayload;
    try {
      const result = await this.verifyWithKeys(token, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.algorithms,
        clockTolerance: this.config.clockToleranceSeconds,
        requiredClaims: ["exp", "sub"],
      });
      payload = result.payload;
    } catch (error) {
      throw new AuthenticationError(this.reasonFor(error));
    }

    return { subject: payload.sub!, roles: readRoles(payload, this.config.rolesClaim) };
  }

  private reasonFor(error: unknown): string {
    if (error instanceof errors.JWTExpired) {
      const expiry = typeof error.payload.exp === "number" ? ` at ${new Date(error.payload.exp * 1000).toISOString()}` : "";
      return `the bearer token expired${expiry}; request a new one.`;
    }
    if (error instanceof errors.JWTClaimValidationFailed) return claimReason(error.claim, error.reason);
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return "the bearer token's signature does not verify with the issuer's keys.";
    }
    if (error instanceof errors.JOSEAlgNotAllowed) {
      return `the bearer token is signed with an algorithm this gateway does not accept (accepted: ${this.algorithms.join(", ")}).`;
    }
    if (error instanceof errors.JWKSNoMatchingKey) return "no key of the issuer matches the bearer token's key id (kid).";
    if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
      return "the bearer token is not a well-formed signed JWT (header.payload.signature in base64url).";
    }

    const errorName = error instanceof Error ? error.name : typeof error;
    const reason = "the issuer's signing keys could not be loaded; retry later.";
    this.warn({ reason, errorName });
    return reason;
  }
}

function claimReason(claim: string, reason: string): string {
  if (reason === "missing") return `the bearer token has no "${claim}" claim, which this gateway requires.`;
  if (claim === "iss") return "the bearer token comes from an issuer this gateway does not accept.";
  if (claim === "aud") return "the bearer token is meant for another audience.";
  if (claim === "nbf") return "the bearer token is not valid yet (nbf is in the future).";
  if (claim === "iat") return "the bearer token's issue time (iat) is invalid.";
  return `the bearer token's "${claim}" claim is invalid.`;
}

/**
 * Reads role names from `claim`: a list of strings, or one string of names
 * separated by spaces or commas (the OAuth `scope` form). A claim name with
 * dots that is not a top-level claim is read as a path, as in Keycloak's
 * `realm_access.roles`. A missing claim gives no roles.
 */
export function readRoles(payload: JWTPayload, claim: string): string[] {
  let value: unknown = payload[claim];
  if (value === undefined && claim.includes(".")) {
    value = claim.split(".").reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], payload);
  }

  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}
