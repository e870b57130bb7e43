/** Shared by the end-to-end tests that start the example servers, which take their port from `PORT`. */
import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now. The servers need a real port up front, not port 0: the
 * live-stream site bakes its origin into the gift image URLs it seeds.
 */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}
