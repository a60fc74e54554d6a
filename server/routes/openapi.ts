/**
 * GET /api/openapi.json: an OpenAPI 3.1 document generated from the route table and its zod
 * schemas (zod 4 emits JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
import { z } from 'zod';
import { ErrorBodySchema } from '../contracts/index.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

type JsonSchema = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; details name each failing field',
  401: 'Not signed in',
  403: 'Signed in, but the role does not allow it (or a cross-site request)',
  429: 'Too many requests',
  404: 'No record with that id',
  409: 'Conflicts with stored data (duplicate id, reference to a missing record)',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  500: 'Internal error',
  503: 'Database unavailable (database_unavailable), or busy with other analyses (server_busy; see Retry-After)',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** Query and path parameters from an object schema's properties. */
function parameters(schema: z.ZodType | undefined, location: 'query' | 'path' | 'header'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'output');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (required.has(name) && !('default' in property)),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
    ...(property.type === 'array' ? { style: 'form', explode: false } : {}),
  }));
}

function operation(route: RouteSpec): JsonSchema {
  // Converted once: the success body also describes the route's other outcomes.
  const successSchema = route.success.schema ? jsonSchema(route.success.schema, 'output') : null;
  const errorSchema = jsonSchema(ErrorBodySchema, 'output');
  const responses: Record<string, JsonSchema> = {
    [route.success.status]: successSchema
      ? { description: route.success.description, content: { 'application/json': { schema: successSchema } } }
      : { description: route.success.description },
  };
  const errorBody = { 'application/json': { schema: errorSchema } };
  const authErrors = route.access === 'public' ? [] : [401, 403];
  for (const status of [400, ...authErrors, ...route.errors, 500]) {
    responses[status] = { description: ERROR_DESCRIPTIONS[status] ?? 'Error', content: errorBody };
  }
  for (const outcome of route.outcomes ?? []) {
    const error = responses[outcome.status];
    const description = error ? `${outcome.description}; or: ${String(error.description)}` : outcome.description;
    // A status that can be either (503: the database, or a failed import's report) lists both bodies.
    const schema = successSchema && error ? { oneOf: [successSchema, errorSchema] } : successSchema;
    responses[outcome.status] = schema ? { description, content: { 'application/json': { schema } } } : { description };
  }
  return {
    tags: [route.tag],
    summary: route.access === 'public' ? route.summary : `${route.summary} (needs: ${route.access})`,
    security: route.access === 'public' ? [] : [{ session: [] }, { token: [] }],
    operationId: `${route.method}${route.path.replace(/[^a-zA-Z]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...parameters(route.headers, 'header')],
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }
      : {}),
    ...(route.rawBody
      ? {
          requestBody: {
            required: true,
            description: route.rawBody.description,
            content: Object.fromEntries(route.rawBody.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
          },
        }
      : {}),
    responses,
  };
}

/** Builds the document for a route table. */
export function buildOpenApiDocument(routes: readonly RouteSpec[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Actor Map API',
      version: '0.1.0',
      description: 'Graph-based stakeholder mapping for UN peace operations. Generated from the zod schemas that validate each request.',
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: '__Host-actor-map-session', description: 'Set by POST /api/auth/sign-in' },
        token: { type: 'http', scheme: 'bearer', description: 'A personal API token from POST /api/tokens' },
      },
    },
  };
}

export function openApiRoutes(routes: readonly RouteSpec[]): RouteSpec[] {
  let document: JsonSchema | undefined;
  return [
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      tag: 'meta',
      summary: 'This API described in OpenAPI 3.1',
      access: 'public',
      success: { status: 200, schema: z.record(z.string(), z.unknown()), description: 'The OpenAPI document' },
      errors: [],
      handle: async () => (document ??= buildOpenApiDocument(routes)),
    }),
  ];
}
