/**
 * A route is declared once, as data: its method, path, zod schemas for params, query and body,
 * and its responses. The same declaration mounts the Express handler (which validates every part
 * of the request before the handler runs) and generates the OpenAPI document, so the
 * documentation cannot drift from the validation.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Viewer } from '../access/viewer.js';
import type { Permission } from '../contracts/index.js';
import type { AuditTrail } from '../services/write-context.js';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export interface RouteInput<P, Q, B, H = unknown> {
  /** Who is asking; for `public` routes, the anonymous viewer. */
  viewer: Viewer;
  headers: H;
  params: P;
  query: Q;
  body: B;
  request: Request;
  response: Response;
  /**
   * For a route that declares `audit`: the trail its store writes the declared event with, inside
   * the write transaction. Undefined for routes without `audit`.
   */
  audit: AuditTrail | undefined;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown, H = unknown> {
  method: HttpMethod;
  /** Express-style path, e.g. `/api/actors/:id`. */
  path: string;
  tag: string;
  summary: string;
  /** `public` (no sign-in), or the permission a signed-in user's role must grant. */
  access: 'public' | Permission;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** A JSON body, parsed (after the access check) and validated with this schema. */
  body?: z.ZodType<B>;
  /** The most JSON the route takes (an express size, e.g. `'4mb'`); the app's default otherwise. */
  bodyLimit?: string;
  /**
   * The route reads its body itself, as bytes (an uploaded file): nothing parses it before the
   * handler, which must count the bytes against its own limit as they stream. Exclusive with `body`.
   */
  rawBody?: { contentTypes: readonly string[]; description: string };
  /** Request headers the route reads (lower-case names); others are ignored. */
  headers?: z.ZodType<H>;
  /** Status and schema of the success response; no schema means an empty body (204). */
  success: { status: 200 | 201 | 204; schema?: z.ZodType; description: string };
  /**
   * Other outcomes whose body has the success schema (an import's report comes back with 200,
   * 202 or 422 depending on what happened), so the OpenAPI document lists them too.
   */
  outcomes?: readonly { status: 200 | 202 | 422 | 503; description: string }[];
  /**
   * The audit event of a successful call: the action and the kind of record. The handler hands
   * `input.audit` to its store, which records the event inside its write transaction; should a
   * handler not use it, the event is recorded after success (path id, or the created record's id).
   * `when`, if given, decides from the request whether this one is recorded (a list page beyond
   * the first is a bulk read).
   */
  audit?: {
    action: 'create' | 'update' | 'delete' | 'import' | 'export' | 'bulk_read' | 'merge' | 'merge_undone' | 'history_erased';
    targetType: string;
    when?: (input: { query: Q }) => boolean;
    /** Detail beyond the route, e.g. the page read; numbers and codes only, never record content. */
    detail?: (input: { query: Q }) => string;
    /**
     * For a route whose event names what the handler produced (an export's or a briefing's
     * format, profile and language): the event's whole detail and its records, from the request
     * and the handler's result. Recorded before the answer goes out, so a file whose export could
     * not be audited is never sent.
     */
    ofResult?: (input: { params: P; query: Q }, result: never) => { detail: string; targetIds?: readonly string[] };
  };
  /** Error statuses this route can answer, besides 400 for invalid input and 500. */
  errors: readonly (404 | 409 | 413 | 415 | 429 | 503)[];
  handle(input: RouteInput<P, Q, B, H>): Promise<unknown>;
}

/** Type-checks a route declaration and erases its types for the route table. */
export function defineRoute<P, Q, B, H>(spec: RouteSpec<P, Q, B, H>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** The statuses a handler may answer besides its declared success: one of its `outcomes`, 304, or a degraded 503. */
export type AnswerStatus = 200 | 201 | 202 | 304 | 422 | 503;

/** A handler's answer with a status other than the route's success status (an import's 202 or 422, health's 503, a 304). */
export class Answer<Body> {
  constructor(
    readonly status: AnswerStatus,
    readonly body: Body,
  ) {}
}

/**
 * A file a handler answers with (an export, a briefing): the route's declared audit event is
 * recorded first, then the file goes out with these headers, as an attachment unless `inline`.
 * `about` is what the handler made it from, for the audit declaration's `ofResult`.
 */
export class FileAnswer<About = unknown> {
  constructor(
    readonly file: { contentType: string; fileName: string; body: string | Uint8Array },
    readonly headers: Readonly<Record<string, string>>,
    readonly about: About,
    readonly inline = false,
  ) {}
}

/** `return answer(202, report)`: the body goes out as the success body would, with this status. */
export const answer = <Body>(status: AnswerStatus, body: Body): Answer<Body> => new Answer(status, body);
