// Lint rules that keep the architecture honest (see ARCHITECTURE.md, "What may import what").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const driverOnlyInDb = {
  name: 'neo4j-driver',
  message: 'Only server/db/ talks to Neo4j; go through the Database interface.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.neo4j/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'neo4j-local/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['server/db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [driverOnlyInDb] }],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/app.ts', 'server/routes/**', 'server/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driverOnlyInDb],
          patterns: [{ regex: '/routes/', message: 'Nothing imports routes but server/app.ts.' }],
        },
      ],
    },
  },
  {
    files: ['server/analyses/**/*.ts', 'server/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driverOnlyInDb, { name: 'express', message: 'Analyses and services do not know about HTTP.' }],
          patterns: [{ regex: '/routes/', message: 'Nothing imports routes but server/app.ts.' }],
        },
      ],
    },
  },
  {
    files: ['server/graph-algorithms/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driverOnlyInDb, { name: 'express', message: 'Graph algorithms are pure functions of arrays.' }],
          patterns: [
            {
              regex: '^\\.\\./(?!random/)',
              message: 'Graph algorithms import only each other and the seeded random numbers: no database, no contracts, no services.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driverOnlyInDb],
          patterns: [{ regex: '^(?!zod$|\\./)', message: 'Contracts import only zod and each other: the client imports them.' }],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [driverOnlyInDb],
          patterns: [
            {
              regex: '^(\\.\\./)+server/(?!contracts/)',
              message: 'The client imports nothing from the server but server/contracts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Test files share their worker's modules (vitest.config.ts, isolate: false): a mock or a
      // stubbed global would leak into the files that run after it in that worker.
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'hoisted', 'stubGlobal', 'stubEnv', 'spyOn', 'useFakeTimers'].map((property) => ({
          object: 'vi',
          property,
          message:
            'Test files share modules (isolate: false): no mocks, spies, stubbed globals or fake timers; give the code a seam instead.',
        })),
      ],
    },
  },
);
