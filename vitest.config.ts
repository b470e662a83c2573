import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

const integration: {
  environment: 'node'
  fileParallelism: boolean
  hookTimeout: number
  include: string[]
  testTimeout: number
} = {
  environment: 'node',
  fileParallelism: false,
  hookTimeout: 120_000,
  include: ['tests/int/**/*.int.spec.ts'],
  testTimeout: 60_000,
}

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.spec.ts', 'tests/support/**/*.spec.ts'],
        },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: 'sqlite',
          globalSetup: ['tests/setup/scanServerLogs.ts'],
          setupFiles: ['tests/setup/useSqlite.ts'],
        },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: 'postgres',
          globalSetup: ['tests/support/postgresGlobalSetup.ts', 'tests/setup/scanServerLogs.ts'],
          setupFiles: ['tests/setup/usePostgres.ts'],
        },
      },
      // No MongoDB server exists on these machines; the project runs where one is given.
      ...(process.env.MONGODB_URI
        ? [
            {
              extends: true as const,
              test: { ...integration, name: 'mongodb', setupFiles: ['tests/setup/useMongodb.ts'] },
            },
          ]
        : []),
    ],
  },
})
