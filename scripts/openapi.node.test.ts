import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderOpenApi, OPENAPI_PATH } from './generate-openapi.js';
import { routes } from '../packages/contract/src/routes.js';

test('docs/openapi.json is what the contract generates (run `npm run openapi` after changing the contract)', () => {
  assert.equal(readFileSync(OPENAPI_PATH, 'utf8'), renderOpenApi());
});

test('the OpenAPI document describes every route with its success and error responses', () => {
  const doc = JSON.parse(renderOpenApi()) as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; parameters?: { name: string }[] }>>;
    components: { schemas: Record<string, unknown> };
  };
  assert.equal(doc.openapi, '3.1.0');
  for (const [operationId, route] of Object.entries(routes)) {
    const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
    assert.ok(operation, `${operationId} is missing`);
    assert.equal(operation.operationId, operationId);
    assert.ok(operation.responses[String(route.status)], `${operationId} has no ${route.status} response`);
    assert.ok(operation.responses['401'], `${operationId} does not document unauthorized`);
    if ('idempotent' in route) {
      assert.ok(operation.parameters?.some((p) => p.name === 'Idempotency-Key'), `${operationId} lacks Idempotency-Key`);
    }
  }
  for (const name of ['Wallet', 'Money', 'ErrorEnvelope', 'Recharge', 'Gift', 'WalletEvent', 'StepUpChallenge']) {
    assert.ok(doc.components.schemas[name], `component ${name} is missing`);
  }
});
