import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "konto_efternamn_idx";
  DROP INDEX "enhet_efternamn_idx";
  CREATE INDEX "konto_deletedAt_efternamn_fornamn_idx" ON "slutkunder" USING btree ("konto_id","deleted_at","efternamn","fornamn");
  CREATE INDEX "enhet_deletedAt_konto_efternamn_fornamn_idx" ON "slutkunder" USING btree ("enhet_id","deleted_at","konto_id","efternamn","fornamn");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "konto_deletedAt_efternamn_fornamn_idx";
  DROP INDEX "enhet_deletedAt_konto_efternamn_fornamn_idx";
  CREATE INDEX "konto_efternamn_idx" ON "slutkunder" USING btree ("konto_id","efternamn");
  CREATE INDEX "enhet_efternamn_idx" ON "slutkunder" USING btree ("enhet_id","efternamn");`)
}
