/**
 * Builds the OpenAPI 3.1 document of the wallet API from the contract's schemas and route table, so
 * the published description can never drift from what the SDK and the server validate.
 */
import * as z from 'zod/mini';
import * as contract from './index.js';
import { ERROR_CODES } from './errors.js';
import { routes, type RouteSpec } from './routes.js';

/** A JSON object of the OpenAPI document. */
export type JsonObject = Record<string, unknown>;

const REF = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The contract's exported schemas that become named OpenAPI components, by exported name. */
function namedSchemas(): Map<z.ZodMiniType, string> {
  const named = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(contract)) {
    if (value instanceof z.ZodMiniType && /^[A-Z]/.test(name) && !named.has(value)) named.set(value, name);
  }
  return named;
}

function errorResponse(codes: readonly string[]): JsonObject {
  return {
    description: `Error envelope. Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
    content: { 'application/json': { schema: REF('ErrorEnvelope') } },
  };
}

function parameters(route: RouteSpec, schemaOf: (s: z.ZodMiniType) => JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, object] of [['path', route.params], ['query', route.query]] as const) {
    if (!object) continue;
    for (const [name, schema] of Object.entries(object.shape as Record<string, z.ZodMiniType>)) {
      const optional = schema instanceof z.ZodMiniOptional;
      out.push({ name, in: where, required: where === 'path' || !optional, schema: schemaOf(schema) });
    }
  }
  if (route.idempotent) {
    out.push({
      name: 'Idempotency-Key', in: 'header', required: true,
      description: 'Made once per user action and reused on every retry, including after a step-up.',
      schema: schemaOf(contract.IdempotencyKey),
    });
  }
  if (route.etag) out.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });
  if (route.stream) out.push({ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } });
  return out;
}

/**
 * The OpenAPI 3.1 document of the wallet API v1.
 * @param version - the `info.version` to write, normally the contract package's version.
 */
export function buildOpenApiDocument(version: string): JsonObject {
  const named = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of named) registry.add(schema, { id });
  const components = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(components.schemas)) {
    const { $schema: _drop, $id: _id, ...rest } = schema as JsonObject;
    schemas[id] = rest;
  }
  const schemaOf = (s: z.ZodMiniType): JsonObject => {
    const name = named.get(s);
    if (name) return REF(name);
    const { $schema: _drop, ...rest } = z.toJSONSchema(s, { unrepresentable: 'any' }) as JsonObject;
    return rest;
  };

  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const [operationId, route] of Object.entries(routes) as [string, RouteSpec][]) {
    const responses: JsonObject = {
      [route.status]: {
        description: route.summary,
        content: route.stream
          ? { 'text/event-stream': { schema: schemaOf(route.response) } }
          : { 'application/json': { schema: schemaOf(route.response) } },
      },
    };
    if (route.etag) responses['304'] = { description: 'Not modified since the ETag in If-None-Match.' };
    const byStatus = new Map<number, string[]>();
    for (const code of route.errors) {
      const { status } = ERROR_CODES[code];
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) responses[status] = errorResponse(codes);

    const operation: JsonObject = { operationId, summary: route.summary, security: [{ bearer: [] }], responses };
    const params = parameters(route, schemaOf);
    if (params.length > 0) operation['parameters'] = params;
    if (route.body) {
      operation['requestBody'] = { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Giftkit wallet API',
      version,
      description:
        'Coins, gifts, recharges and creator payouts. Amounts are integer minor units of an ISO 4217 currency; ' +
        'coins and diamonds are integers. Every error is `{ error: { code, message, details? } }`.',
    },
    servers: [{ url: 'https://wallet.example.com' }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A short-lived token the host site mints for the viewer.' },
      },
    },
  };
}
