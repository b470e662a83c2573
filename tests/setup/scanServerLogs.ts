import type { TestProject } from 'vitest/node'

import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

export const serverLogDir = path.resolve('test-results', 'server-logs')

// Personnummer in any written form, and the street addresses the fixtures and the demo use.
const personalData = [
  { name: 'personnummer', pattern: /\b(?:19|20)?\d{6}[-+]\d{4}\b/ },
  {
    name: 'gatuadress',
    pattern:
      /\b(?:Storgatan|Nygatan|Arvidstorpsvägen|Holgersgatan|Skreavägen|Tullbrogatan|Sandgatan|Ullaredsvägen) \d+/,
  },
]

/**
 * Every test file's server writes its log lines to a file here as well (see
 * `OMBUDSHANDEL_LOG_FILE`); after the project's last file the whole log is scanned and
 * the run fails on a line with personal data.
 */
export const setup = (project: TestProject) => {
  const prefix = `${project.name}-`
  mkdirSync(serverLogDir, { recursive: true })
  for (const file of readdirSync(serverLogDir).filter((name) => name.startsWith(prefix))) {
    rmSync(path.join(serverLogDir, file))
  }

  return () => {
    const files = readdirSync(serverLogDir).filter((name) => name.startsWith(prefix))
    const lines = files.flatMap((file) =>
      readFileSync(path.join(serverLogDir, file), 'utf8').split('\n').filter(Boolean),
    )
    const findings = lines.flatMap((line) =>
      personalData.filter(({ pattern }) => pattern.test(line)).map(({ name }) => ({ name, line })),
    )
    process.stdout.write(
      `Log scan (${project.name}): ${lines.length} server log lines from ${files.length} test files, ${findings.length} with personal data.\n`,
    )
    if (findings.length > 0) {
      throw new Error(
        `Personal data in the server log: ${findings.map(({ name }) => name).join(', ')} (see ${serverLogDir})`,
      )
    }
  }
}
