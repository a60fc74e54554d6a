/** Configuration, read from the environment and validated once at start-up. */
import { z } from 'zod';

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
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('1mb'),
  LOG_LEVEL: z.enum(['info', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}
