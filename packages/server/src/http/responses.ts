/** Building responses: JSON text, the error envelope, and the status each error code carries. */
import type { ErrorCode, ErrorEnvelope } from '@giftkit/contract';
import { WalletError } from '../domain/wallet-error.js';

/** A response as computed once and possibly replayed: status, exact JSON text, and its error code. */
export interface Reply {
  status: number;
  body: string;
  /** The error code when the reply is an error envelope. */
  code: ErrorCode | null;
}

/** A JSON reply of a successful result. */
export const okReply = (status: number, value: unknown): Reply => ({ status, body: JSON.stringify(value), code: null });

/** The error envelope reply of a wallet error. */
export function errorReply(error: WalletError): Reply {
  const envelope: ErrorEnvelope = {
    error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) },
  };
  return { status: error.status, body: JSON.stringify(envelope), code: error.code };
}

/** Any thrown value as a wallet error; what is not one becomes an `internal_error` that reveals nothing. */
export function asWalletError(error: unknown): WalletError {
  return WalletError.is(error) ? error : new WalletError('internal_error', 'The wallet service failed; nothing was changed.');
}

/** The HTTP response of a reply. */
export function toResponse(reply: Reply, headers: Record<string, string> = {}): Response {
  return new Response(reply.body, {
    status: reply.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
