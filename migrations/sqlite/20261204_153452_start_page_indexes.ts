import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`konto_efternamn_idx\`;`)
  await db.run(sql`DROP INDEX \`enhet_efternamn_idx\`;`)
  await db.run(sql`CREATE INDEX \`konto_deletedAt_efternamn_fornamn_idx\` ON \`slutkunder\` (\`konto_id\`,\`deleted_at\`,\`efternamn\`,\`fornamn\`);`)
  await db.run(sql`CREATE INDEX \`enhet_deletedAt_konto_efternamn_fornamn_idx\` ON \`slutkunder\` (\`enhet_id\`,\`deleted_at\`,\`konto_id\`,\`efternamn\`,\`fornamn\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`konto_deletedAt_efternamn_fornamn_idx\`;`)
  await db.run(sql`DROP INDEX \`enhet_deletedAt_konto_efternamn_fornamn_idx\`;`)
  await db.run(sql`CREATE INDEX \`konto_efternamn_idx\` ON \`slutkunder\` (\`konto_id\`,\`efternamn\`);`)
  await db.run(sql`CREATE INDEX \`enhet_efternamn_idx\` ON \`slutkunder\` (\`enhet_id\`,\`efternamn\`);`)
}
