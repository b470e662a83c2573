process.env.DATABASE_URI = 'file:/tmp/bench-explain/bench.db'
process.env.JOBS_AUTORUN = 'false'
const { mkdirSync, rmSync } = await import('node:fs')
rmSync('/tmp/bench-explain', { force: true, recursive: true })
mkdirSync('/tmp/bench-explain')
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedWorld, seedSlutkunderBulk } = await import('./seed')
const { analyze } = await import('./rawQueries')
const payload = await getPayload({ config })
;(payload.logger as any).level = 'error'
const world = await seedWorld({ enheterPerKonto: 5, kontoCount: 4, payload })
await seedSlutkunderBulk({ count: 100000, payload, startIndex: 0, world })
await analyze(payload)
console.log(
  'seeded',
  world.userEnheter.map((e) => e.id),
  world.konton[0].id,
)
process.exit(0)
