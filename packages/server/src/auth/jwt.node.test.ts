import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT, UnsecuredJWT } from 'jose';
import { createJwtAuthenticator, signViewerToken } from '@giftkit/server';

const secret = 'a-test-secret-of-at-least-32-bytes!!';
const key = new TextEncoder().encode(secret);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('a token signed by signViewerToken is accepted as its principal', async () => {
  const authenticate = createJwtAuthenticator({ secret });
  assert.deepEqual(await authenticate(await signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret })), {
    userId: 'viewer_ada', role: 'viewer',
  });
  const creator = await signViewerToken({ userId: 'creator_lena', role: 'creator', region: 'BR' }, { secret: key });
  assert.deepEqual(await authenticate(creator), { userId: 'creator_lena', role: 'creator', region: 'BR' });
});

test('signViewerToken sets an expiry ten minutes out by default, and takes a lifetime in seconds', async () => {
  const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
  const byDefault = claims(await signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret }));
  assert.equal(byDefault.exp - byDefault.iat, 600);
  const short = claims(await signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret, expiresIn: 90 }));
  assert.equal(short.exp - short.iat, 90);
});

test('expired tokens are refused, within the clock tolerance only', async () => {
  const expiredAgo = async (seconds: number) =>
    new SignJWT({ role: 'viewer' }).setProtectedHeader({ alg: 'HS256' }).setSubject('viewer_ada')
      .setExpirationTime(Math.floor(Date.now() / 1000) - seconds).sign(key);
  assert.equal(await createJwtAuthenticator({ secret })(await expiredAgo(60)), null);
  assert.equal((await createJwtAuthenticator({ secret, clockTolerance: 120 })(await expiredAgo(60)))?.userId, 'viewer_ada');
});

test('a token signed with another secret is refused', async () => {
  const token = await signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret: 'another-secret-that-is-long-enough-too' });
  assert.equal(await createJwtAuthenticator({ secret })(token), null);
});

test('issuer and audience are checked when asked for', async () => {
  const authenticate = createJwtAuthenticator({ secret, issuer: 'https://host.example', audience: 'giftkit-wallet' });
  const sign = (options: { issuer?: string; audience?: string }) =>
    signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret, ...options });
  assert.equal((await authenticate(await sign({ issuer: 'https://host.example', audience: 'giftkit-wallet' })))?.userId, 'viewer_ada');
  assert.equal(await authenticate(await sign({ issuer: 'https://host.example', audience: 'another-service' })), null, 'wrong audience');
  assert.equal(await authenticate(await sign({ issuer: 'https://evil.example', audience: 'giftkit-wallet' })), null, 'wrong issuer');
  assert.equal(await authenticate(await sign({ issuer: 'https://host.example' })), null, 'no audience');
});

test('tokens without sub, exp or a known role are refused', async () => {
  const authenticate = createJwtAuthenticator({ secret });
  const exp = Math.floor(Date.now() / 1000) + 600;
  const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
  assert.equal(await authenticate(await sign({ role: 'viewer', exp })), null, 'no sub');
  assert.equal(await authenticate(await sign({ sub: 'viewer_ada', role: 'viewer' })), null, 'no exp');
  assert.equal(await authenticate(await sign({ sub: 'viewer_ada', exp })), null, 'no role');
  assert.equal(await authenticate(await sign({ sub: 'viewer_ada', role: 'admin', exp })), null, 'unknown role');
  assert.equal(await authenticate(await sign({ sub: 'viewer ada', role: 'viewer', exp })), null, 'sub is not an id');
  assert.equal(await authenticate(await sign({ sub: 'viewer_ada', role: 'viewer', region: 'usa', exp })), null, 'bad region');
});

test('alg none, other algorithms and garbage are refused', async () => {
  const authenticate = createJwtAuthenticator({ secret });
  const exp = Math.floor(Date.now() / 1000) + 600;
  const unsecured = new UnsecuredJWT({ role: 'viewer' }).setSubject('viewer_ada').setExpirationTime(exp).encode();
  assert.match(unsecured, /\.$/, 'an unsecured JWT has an empty signature');
  assert.equal(await authenticate(unsecured), null, 'alg: none');
  const hs512 = await new SignJWT({ role: 'viewer', sub: 'viewer_ada', exp }).setProtectedHeader({ alg: 'HS512' }).sign(key);
  assert.equal(await authenticate(hs512), null, 'HS512 with the same secret');
  // A valid signature moved onto a forged payload.
  const [header, , signature] = (await signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret })).split('.');
  const forged = `${header}.${base64url({ sub: 'viewer_bruno', role: 'creator', exp })}.${signature}`;
  assert.equal(await authenticate(forged), null, 'forged payload');
  for (const garbage of ['', 'abc', 'a.b.c', 'Bearer x']) assert.equal(await authenticate(garbage), null, garbage);
});

test('short secrets and bad principals are refused up front with typed errors', async () => {
  assert.throws(() => createJwtAuthenticator({ secret: 'too-short' }), RangeError);
  await assert.rejects(signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret: new Uint8Array(16) }), RangeError);
  await assert.rejects(signViewerToken({ userId: 'not an id', role: 'viewer' }, { secret }), TypeError);
  await assert.rejects(signViewerToken({ userId: 'viewer_ada', role: 'admin' as never }, { secret }), TypeError);
  await assert.rejects(signViewerToken({ userId: 'viewer_ada', role: 'viewer', region: 'Brazil' }, { secret }), TypeError);
  await assert.rejects(signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret, expiresIn: -5 }), RangeError);
});
