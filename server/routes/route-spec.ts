/**
 * A route is declared once, as data: its method, path, zod schemas for params, query and body,
 * and its responses. The same declaration mounts the Express handler (which validates every part
 * of the request before the handler runs) and generates the OpenAPI document, so the
 * documentation cannot drift from the validation.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export interface RouteInput<P, Q, B, H = unknown> {
  headers: H;
  params: P;
  query: Q;
  body: B;
  request: Request;
  response: Response;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown, H = unknown> {
  method: HttpMethod;
  /** Express-style path, e.g. `/api/actors/:id`. */
  path: string;
  tag: string;
  summary: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Request headers the route reads (lower-case names); others are ignored. */
  headers?: z.ZodType<H>;
  /** Status and schema of the success response; no schema means an empty body (204). */
  success: { status: 200 | 201 | 204; schema?: z.ZodType; description: string };
  /** Error statuses this route can answer, besides 400 for invalid input and 500. */
  errors: readonly (404 | 409 | 413 | 415 | 503)[];
  handle(input: RouteInput<P, Q, B, H>): Promise<unknown>;
}

/** Type-checks a route declaration and erases its types for the route table. */
export function defineRoute<P, Q, B, H>(spec: RouteSpec<P, Q, B, H>): RouteSpec {
  return spec as unknown as RouteSpec;
}
