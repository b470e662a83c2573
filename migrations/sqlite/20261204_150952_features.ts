import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ordrar_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bestallare_id\` integer,
  	\`integrationer_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ordrar\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrationer_id\`) REFERENCES \`integrationer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ordrar_rels_order_idx\` ON \`ordrar_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_rels_parent_idx\` ON \`ordrar_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_rels_path_idx\` ON \`ordrar_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_rels_bestallare_id_idx\` ON \`ordrar_rels\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_rels_integrationer_id_idx\` ON \`ordrar_rels\` (\`integrationer_id\`);`)
  await db.run(sql`CREATE TABLE \`_ordrar_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bestallare_id\` integer,
  	\`integrationer_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ordrar_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrationer_id\`) REFERENCES \`integrationer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ordrar_v_rels_order_idx\` ON \`_ordrar_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_rels_parent_idx\` ON \`_ordrar_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_rels_path_idx\` ON \`_ordrar_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_rels_bestallare_id_idx\` ON \`_ordrar_v_rels\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_rels_integrationer_id_idx\` ON \`_ordrar_v_rels\` (\`integrationer_id\`);`)
  await db.run(sql`CREATE TABLE \`hjalp\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	\`amne\` text NOT NULL,
  	\`innehall\` text NOT NULL,
  	\`visa_vid_formular\` integer DEFAULT true,
  	\`ordning\` numeric DEFAULT 10,
  	\`konto_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`hjalp_amne_idx\` ON \`hjalp\` (\`amne\`);`)
  await db.run(sql`CREATE INDEX \`hjalp_konto_idx\` ON \`hjalp\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`hjalp_updated_at_idx\` ON \`hjalp\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hjalp_created_at_idx\` ON \`hjalp\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dokument\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	\`typ\` text DEFAULT 'ovrigt' NOT NULL,
  	\`mottagare\` text,
  	\`epost\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`dokument_typ_idx\` ON \`dokument\` (\`typ\`);`)
  await db.run(sql`CREATE INDEX \`dokument_updated_at_idx\` ON \`dokument\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dokument_created_at_idx\` ON \`dokument\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dokument_filename_idx\` ON \`dokument\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`overlamningar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`slutkund_id\` integer NOT NULL,
  	\`bestallare_id\` integer NOT NULL,
  	\`enhet_id\` integer NOT NULL,
  	\`konto_id\` integer NOT NULL,
  	\`giltig_till\` text NOT NULL,
  	\`inlost_tid\` text,
  	\`inlost_av_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`slutkund_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`enhet_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inlost_av_id\`) REFERENCES \`integrationer\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`overlamningar_token_hash_idx\` ON \`overlamningar\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_slutkund_idx\` ON \`overlamningar\` (\`slutkund_id\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_bestallare_idx\` ON \`overlamningar\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_enhet_idx\` ON \`overlamningar\` (\`enhet_id\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_konto_idx\` ON \`overlamningar\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_giltig_till_idx\` ON \`overlamningar\` (\`giltig_till\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_inlost_av_idx\` ON \`overlamningar\` (\`inlost_av_id\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_updated_at_idx\` ON \`overlamningar\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`overlamningar_created_at_idx\` ON \`overlamningar\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`utskick\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kanal\` text NOT NULL,
  	\`mall\` text NOT NULL,
  	\`mottagare\` text,
  	\`slutkund_id\` integer,
  	\`order_id\` integer,
  	\`bestallare_id\` integer,
  	\`konto_id\` integer,
  	\`enhet_id\` integer,
  	\`planerad_tid\` text,
  	\`skickad_tid\` text,
  	\`status\` text NOT NULL,
  	\`leverantors_id\` text,
  	\`fel\` text,
  	\`forsok\` numeric DEFAULT 0,
  	\`amne\` text,
  	\`innehall\` text,
  	\`dedupe_key\` text NOT NULL,
  	\`plan_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`slutkund_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`order_id\`) REFERENCES \`ordrar\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`enhet_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`utskick_kanal_idx\` ON \`utskick\` (\`kanal\`);`)
  await db.run(sql`CREATE INDEX \`utskick_mall_idx\` ON \`utskick\` (\`mall\`);`)
  await db.run(sql`CREATE INDEX \`utskick_slutkund_idx\` ON \`utskick\` (\`slutkund_id\`);`)
  await db.run(sql`CREATE INDEX \`utskick_order_idx\` ON \`utskick\` (\`order_id\`);`)
  await db.run(sql`CREATE INDEX \`utskick_bestallare_idx\` ON \`utskick\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`utskick_konto_idx\` ON \`utskick\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`utskick_enhet_idx\` ON \`utskick\` (\`enhet_id\`);`)
  await db.run(sql`CREATE INDEX \`utskick_planerad_tid_idx\` ON \`utskick\` (\`planerad_tid\`);`)
  await db.run(sql`CREATE INDEX \`utskick_status_idx\` ON \`utskick\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`utskick_dedupe_key_idx\` ON \`utskick\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`utskick_plan_id_idx\` ON \`utskick\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`utskick_updated_at_idx\` ON \`utskick\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`utskick_created_at_idx\` ON \`utskick\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`andringslogg\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`samling\` text NOT NULL,
  	\`dokument_id\` text NOT NULL,
  	\`operation\` text NOT NULL,
  	\`anvandare_samling\` text NOT NULL,
  	\`anvandare_id\` text,
  	\`konto_id\` integer,
  	\`andringar\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`andringslogg_samling_idx\` ON \`andringslogg\` (\`samling\`);`)
  await db.run(sql`CREATE INDEX \`andringslogg_dokument_id_idx\` ON \`andringslogg\` (\`dokument_id\`);`)
  await db.run(sql`CREATE INDEX \`andringslogg_konto_idx\` ON \`andringslogg\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`andringslogg_updated_at_idx\` ON \`andringslogg\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`andringslogg_created_at_idx\` ON \`andringslogg\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`andringslogg_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`andringslogg\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`andringslogg_texts_order_parent\` ON \`andringslogg_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_konton\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`namn\` text NOT NULL,
  	\`organisationsnummer\` text,
  	\`anvander_kan_handla_sjalv\` integer DEFAULT false,
  	\`fiktivt_mobilnummer\` text DEFAULT '0765195442',
  	\`bestallare_telefon\` text,
  	\`sms_dagen_fore_tid\` text DEFAULT '17:00',
  	\`bestallare_ser_faktura\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_konton\`("id", "namn", "organisationsnummer", "anvander_kan_handla_sjalv", "fiktivt_mobilnummer", "bestallare_telefon", "sms_dagen_fore_tid", "bestallare_ser_faktura", "updated_at", "created_at") SELECT "id", "namn", "organisationsnummer", "anvander_kan_handla_sjalv", "fiktivt_mobilnummer", "bestallare_telefon", "sms_dagen_fore_tid", "bestallare_ser_faktura", "updated_at", "created_at" FROM \`konton\`;`)
  await db.run(sql`DROP TABLE \`konton\`;`)
  await db.run(sql`ALTER TABLE \`__new_konton\` RENAME TO \`konton\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`konton_updated_at_idx\` ON \`konton\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`konton_created_at_idx\` ON \`konton\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`ordrar\` ADD \`senaste\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`ordrar_senaste_idx\` ON \`ordrar\` (\`senaste\`);`)
  await db.run(sql`CREATE INDEX \`slutkund_senaste_idx\` ON \`ordrar\` (\`slutkund_id\`,\`senaste\`);`)
  await db.run(sql`ALTER TABLE \`_ordrar_v\` ADD \`version_senaste\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_senaste_idx\` ON \`_ordrar_v\` (\`version_senaste\`);`)
  await db.run(sql`CREATE INDEX \`version_slutkund_version_senaste_idx\` ON \`_ordrar_v\` (\`version_slutkund_id\`,\`version_senaste\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`hjalp_id\` integer REFERENCES hjalp(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dokument_id\` integer REFERENCES dokument(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`overlamningar_id\` integer REFERENCES overlamningar(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`utskick_id\` integer REFERENCES utskick(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`andringslogg_id\` integer REFERENCES andringslogg(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hjalp_id_idx\` ON \`payload_locked_documents_rels\` (\`hjalp_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dokument_id_idx\` ON \`payload_locked_documents_rels\` (\`dokument_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_overlamningar_id_idx\` ON \`payload_locked_documents_rels\` (\`overlamningar_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_utskick_id_idx\` ON \`payload_locked_documents_rels\` (\`utskick_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_andringslogg_id_idx\` ON \`payload_locked_documents_rels\` (\`andringslogg_id\`);`)
  await db.run(sql`CREATE INDEX \`konto_efternamn_idx\` ON \`slutkunder\` (\`konto_id\`,\`efternamn\`);`)
  await db.run(sql`CREATE INDEX \`enhet_efternamn_idx\` ON \`slutkunder\` (\`enhet_id\`,\`efternamn\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ordrar_rels\`;`)
  await db.run(sql`DROP TABLE \`_ordrar_v_rels\`;`)
  await db.run(sql`DROP TABLE \`hjalp\`;`)
  await db.run(sql`DROP TABLE \`dokument\`;`)
  await db.run(sql`DROP TABLE \`overlamningar\`;`)
  await db.run(sql`DROP TABLE \`utskick\`;`)
  await db.run(sql`DROP TABLE \`andringslogg\`;`)
  await db.run(sql`DROP TABLE \`andringslogg_texts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`slutkunder_id\` integer,
  	\`ordrar_id\` integer,
  	\`enheter_id\` integer,
  	\`leveransfonster_id\` integer,
  	\`bestallare_id\` integer,
  	\`konton_id\` integer,
  	\`integrationer_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slutkunder_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ordrar_id\`) REFERENCES \`ordrar\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enheter_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leveransfonster_id\`) REFERENCES \`leveransfonster\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`konton_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrationer_id\`) REFERENCES \`integrationer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "slutkunder_id", "ordrar_id", "enheter_id", "leveransfonster_id", "bestallare_id", "konton_id", "integrationer_id") SELECT "id", "order", "parent_id", "path", "slutkunder_id", "ordrar_id", "enheter_id", "leveransfonster_id", "bestallare_id", "konton_id", "integrationer_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slutkunder_id_idx\` ON \`payload_locked_documents_rels\` (\`slutkunder_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ordrar_id_idx\` ON \`payload_locked_documents_rels\` (\`ordrar_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enheter_id_idx\` ON \`payload_locked_documents_rels\` (\`enheter_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leveransfonster_id_idx\` ON \`payload_locked_documents_rels\` (\`leveransfonster_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bestallare_id_idx\` ON \`payload_locked_documents_rels\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_konton_id_idx\` ON \`payload_locked_documents_rels\` (\`konton_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_integrationer_id_idx\` ON \`payload_locked_documents_rels\` (\`integrationer_id\`);`)
  await db.run(sql`DROP INDEX \`konto_efternamn_idx\`;`)
  await db.run(sql`DROP INDEX \`enhet_efternamn_idx\`;`)
  await db.run(sql`DROP INDEX \`ordrar_senaste_idx\`;`)
  await db.run(sql`DROP INDEX \`slutkund_senaste_idx\`;`)
  await db.run(sql`ALTER TABLE \`ordrar\` DROP COLUMN \`senaste\`;`)
  await db.run(sql`DROP INDEX \`_ordrar_v_version_version_senaste_idx\`;`)
  await db.run(sql`DROP INDEX \`version_slutkund_version_senaste_idx\`;`)
  await db.run(sql`ALTER TABLE \`_ordrar_v\` DROP COLUMN \`version_senaste\`;`)
  await db.run(sql`CREATE TABLE \`__new_konton\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`namn\` text NOT NULL,
  	\`organisationsnummer\` text,
  	\`anvander_kan_handla_sjalv\` integer DEFAULT false,
  	\`fiktivt_mobilnummer\` text DEFAULT '0765195442',
  	\`bestallare_telefon\` text,
  	\`sms_dagen_fore_tid\` text DEFAULT '17:00' NOT NULL,
  	\`bestallare_ser_faktura\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_konton\`("id", "namn", "organisationsnummer", "anvander_kan_handla_sjalv", "fiktivt_mobilnummer", "bestallare_telefon", "sms_dagen_fore_tid", "bestallare_ser_faktura", "updated_at", "created_at") SELECT "id", "namn", "organisationsnummer", "anvander_kan_handla_sjalv", "fiktivt_mobilnummer", "bestallare_telefon", "sms_dagen_fore_tid", "bestallare_ser_faktura", "updated_at", "created_at" FROM \`konton\`;`)
  await db.run(sql`DROP TABLE \`konton\`;`)
  await db.run(sql`ALTER TABLE \`__new_konton\` RENAME TO \`konton\`;`)
  await db.run(sql`CREATE INDEX \`konton_updated_at_idx\` ON \`konton\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`konton_created_at_idx\` ON \`konton\` (\`created_at\`);`)
}
