/**
 * Small JSON request helper for API tests. Requests to a test server go with that server's test
 * account (an analyst cleared for everything) unless `as` names another token, or `as: null`
 * sends none; tests of access control say which identity they use.
 */
export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

const defaultTokens = new Map<string, string>();

/** Used by the test server: the token requests to this base URL carry by default. */
export function setDefaultToken(baseUrl: string, token: string): void {
  defaultTokens.set(baseUrl, token);
}

export async function request<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  options: { as?: string | null; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const token = options.as === undefined ? defaultTokens.get(baseUrl) : options.as;
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, body: text ? ((isJson ? JSON.parse(text) : text) as T) : (undefined as T), headers: response.headers };
}

/** The Authorization header of the test account for `baseUrl`, for tests that call fetch directly. */
export function authHeaders(baseUrl: string): Record<string, string> {
  const token = defaultTokens.get(baseUrl);
  return token ? { authorization: `Bearer ${token}` } : {};
}
