/** Configuration, read from the environment and validated once at start-up. */
import { z } from 'zod';
import { accessSettings, type AccessSettings } from './access/sign-on/settings.js';
import { BasemapUrlSchema } from './contracts/basemap.js';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  ACTOR_MAP_DATA_DIR: z.string().default('.neo4j/data'),
  ACTOR_MAP_SEED: z.enum(['demo', 'reference', 'none']).default('demo'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/)
    .default('1mb'),
  LOG_LEVEL: z.enum(['info', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  ACTOR_MAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  ACTOR_MAP_ADMIN_PASSWORD_FILE: z
    .string()
    .min(1)
    .optional()
    .describe('A file holding the first administrator password (a Docker or Kubernetes secret)'),
  ACTOR_MAP_ALLOW_INSECURE_BOLT: z.enum(['true', 'false']).default('false'),
  ACTOR_MAP_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe('Analyses and exports per user and minute, per instance (search: twice that)'),
  TRUST_PROXY: z.string().optional().describe('Express trust proxy setting, e.g. "loopback" behind a local TLS proxy'),
  // Sign-on with an OpenID Connect provider (server/access/sign-on/settings.ts checks them together).
  OIDC_ISSUER: z.string().optional().describe("The provider's issuer URL; unset: no sign-on"),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional().describe('Unset for a public client (PKCE alone)'),
  OIDC_REDIRECT_URL: z.string().optional().describe('<this app>/api/auth/oidc/callback, as registered at the provider'),
  OIDC_ALLOWED_DOMAINS: z.string().optional().describe('Comma-separated email domains that may sign in, or *'),
  OIDC_PROVIDER_NAME: z.string().max(60).optional().describe('Shown on the button: "Sign in with <name>"'),
  OIDC_ROLE_CLAIM: z.string().max(100).optional().describe('The claim holding groups or roles, e.g. groups'),
  OIDC_ROLE_MAP: z.string().optional().describe('value=role pairs (viewer, leadership or analyst), first match wins'),
  OIDC_CLEARANCE: z.enum(['public', 'internal']).optional().describe('Clearance of accounts a first sign-in creates (default public)'),
  ACTOR_MAP_BASEMAP_URL: BasemapUrlSchema.optional().describe(
    'The area map draws its boundaries above this basemap; unset: a plain background',
  ),
  ACTOR_MAP_LOCAL_PASSWORDS: z.enum(['on', 'off']).default('on').describe('off: only the operator administrators sign in with a password'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = result.data;
  // In production the database connection must be encrypted with a verified certificate: `+ssc`
  // encrypts but trusts any certificate, so a machine in the middle could read the traffic.
  // Either takes ACTOR_MAP_ALLOW_INSECURE_BOLT=true, said on purpose.
  if (
    config.NODE_ENV === 'production' &&
    config.NEO4J_URI &&
    !/^(bolt|neo4j)\+s:/.test(config.NEO4J_URI) &&
    config.ACTOR_MAP_ALLOW_INSECURE_BOLT !== 'true'
  ) {
    throw new Error(
      'Invalid configuration: NEO4J_URI: must be bolt+s:// or neo4j+s:// (a verified certificate; not +ssc) when NODE_ENV=production (or set ACTOR_MAP_ALLOW_INSECURE_BOLT=true)',
    );
  }
  if (config.ACTOR_MAP_ADMIN_PASSWORD && config.ACTOR_MAP_ADMIN_PASSWORD_FILE) {
    throw new Error('Invalid configuration: ACTOR_MAP_ADMIN_PASSWORD_FILE: set it or ACTOR_MAP_ADMIN_PASSWORD, not both');
  }
  signOnSettings(config);
  return config;
}

/** Sign-on and local passwords, as configured; throws naming each bad variable (loadConfig checks it at start-up). */
export function signOnSettings(config: Config): AccessSettings {
  return accessSettings(config);
}
