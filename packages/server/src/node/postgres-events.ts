/**
 * Events across PostgreSQL store instances: every unit of work NOTIFYs the id of each event it
 * appended (delivered only if it commits); each instance LISTENs on its own connection, reads the
 * rows and hands them to its local `EventHub`, so an SSE stream on any instance hears every event.
 */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { EventHub } from '../store/event-hub.js';
import { toSafeInt } from './sql/codec.js';
import { eventFromRow } from './sql/rows.js';
import type { WalletDatabase } from './sql/tables.js';

/** What the relay needs. */
export interface EventRelayOptions {
  /** Where the event rows are read. */
  db: Kysely<WalletDatabase>;
  /** Makes the dedicated LISTEN connection (a pool's connection would be lost to the pool for good). */
  makeClient: () => pg.Client;
  channel: string;
  hub: EventHub;
  onError: (error: unknown) => void;
  /**
   * Delay before the first reconnection attempt after the LISTEN connection is lost; it doubles up to 30 s.
   * @default 500
   */
  reconnectDelayMs?: number;
}

/** A running relay. */
export interface EventRelay {
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

const MAX_RECONNECT_DELAY_MS = 30_000;
const RECENT_IDS = 10_000;

/** Connects, LISTENs, and relays notified events until closed. Rejects when the first connection fails. */
export async function startEventRelay(options: EventRelayOptions): Promise<EventRelay> {
  const { db, channel, hub, onError } = options;
  const firstDelay = options.reconnectDelayMs ?? 500;
  let client: pg.Client | null = null;
  let closed = false;
  let delay = firstDelay;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let pending: number[] = [];
  let drained: Promise<void> = Promise.resolve();
  // The newest id handed on: after a reconnection, what was committed since is read from there.
  // (Only each user's ids follow commit order, so an event committed late in the gap with an id below
  // it is not pushed live; it is in the log, the state and any stream opened later all the same.)
  let lastSeen = 0;
  // The ids published lately: a catch-up and the notifications around it can name the same event.
  const recent = new Set<number>();

  async function publishRows(ids: number[] | { after: number }): Promise<void> {
    let query = db.selectFrom('events').select(['id', 'user_id', 'type', 'created_at', 'data']).orderBy('id');
    query = Array.isArray(ids) ? query.where('id', 'in', ids) : query.where('id', '>', ids.after);
    for (const row of await query.execute()) {
      if (closed) return;
      const id = toSafeInt(row.id, 'events.id');
      if (recent.has(id)) continue;
      recent.add(id);
      if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value!);
      lastSeen = Math.max(lastSeen, id);
      hub.publish(row.user_id, eventFromRow(row));
    }
  }

  // Notifications are handled one batch at a time, in the order they came (which is commit order).
  const enqueue = (work: () => Promise<void>) => {
    drained = drained.then(work).catch(onError);
  };
  const flush = async () => {
    const ids = pending;
    pending = [];
    if (ids.length > 0) await publishRows(ids);
  };

  async function connect(): Promise<void> {
    const next = options.makeClient();
    next.on('notification', (message) => {
      if (message.channel !== channel || !message.payload || !/^[0-9]+$/.test(message.payload)) return;
      pending.push(Number(message.payload));
      enqueue(flush);
    });
    next.on('error', (error) => {
      if (!closed) onError(error);
      lost(next);
    });
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${next.escapeIdentifier(channel)}`);
    } catch (error) {
      await dispose(next);
      throw error;
    }
    // Closed while this (re)connection was under way: it must not outlive the relay.
    if (closed) return dispose(next);
    client = next;
  }

  async function dispose(which: pg.Client): Promise<void> {
    which.removeAllListeners();
    which.on('error', () => undefined);
    await which.end().catch(() => undefined);
  }

  function lost(which: pg.Client): void {
    if (client !== which) return;
    client = null;
    void dispose(which);
    if (!closed) scheduleReconnect();
  }

  function scheduleReconnect(): void {
    // Taken before listening again: notifications heard meanwhile cannot move it past the gap.
    const since = lastSeen;
    retry = setTimeout(() => {
      connect().then(
        () => {
          delay = firstDelay;
          enqueue(() => publishRows({ after: since }));
        },
        (error: unknown) => {
          if (closed) return;
          onError(error);
          delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
          scheduleReconnect();
        },
      );
    }, delay);
    retry.unref?.();
  }

  await connect();
  const newest = await db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  lastSeen = newest?.id == null ? 0 : toSafeInt(newest.id, 'events.id');

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      if (current) await dispose(current);
      await drained;
    },
  };
}
