/** Reporting a transaction the viewer does not recognise. */
import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';

/** Why the viewer reports a transaction. */
export const DisputeReason = z.enum(['not_recognised', 'not_received', 'duplicate', 'account_compromised', 'other']);
/** Why the viewer reports a transaction. */
export type DisputeReason = z.infer<typeof DisputeReason>;

/** `POST /v1/disputes` body. */
export const CreateDisputeRequest = z.object({
  transactionId: Id,
  reason: DisputeReason,
  description: z.optional(z.string().check(z.maxLength(2000))),
});
/** `POST /v1/disputes` body. */
export type CreateDisputeRequest = z.infer<typeof CreateDisputeRequest>;

/** A reported transaction and where its review stands. */
export const Dispute = z.object({
  id: Id,
  transactionId: Id,
  reason: DisputeReason,
  status: z.enum(['open', 'resolved', 'rejected']),
  createdAt: Timestamp,
});
/** A reported transaction and where its review stands. */
export type Dispute = z.infer<typeof Dispute>;
