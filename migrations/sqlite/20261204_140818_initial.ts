import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`slutkunder_kopia_orderbekraftelse\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`epost\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slutkunder_kopia_orderbekraftelse_order_idx\` ON \`slutkunder_kopia_orderbekraftelse\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_kopia_orderbekraftelse_parent_id_idx\` ON \`slutkunder_kopia_orderbekraftelse\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`slutkunder\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`namn\` text,
  	\`fornamn\` text NOT NULL,
  	\`efternamn\` text NOT NULL,
  	\`gatuadress\` text NOT NULL,
  	\`postnummer\` text NOT NULL,
  	\`ort\` text NOT NULL,
  	\`mobilnummer\` text,
  	\`telefonnummer\` text,
  	\`portkod\` text,
  	\`epost\` text,
  	\`kommentar_bestallare\` text,
  	\`enhet_id\` integer NOT NULL,
  	\`konto_id\` integer,
  	\`kommentar_chauffor\` text,
  	\`medmera_id\` text,
  	\`betalsatt\` text NOT NULL,
  	\`faktura_personnummer\` text,
  	\`faktura_fornamn\` text,
  	\`faktura_efternamn\` text,
  	\`faktura_referens\` text,
  	\`faktura_co\` text,
  	\`faktura_gatuadress\` text,
  	\`faktura_postnummer\` text,
  	\`faktura_ort\` text,
  	\`faktura_epost\` text,
  	\`sms_nummer\` text NOT NULL,
  	\`upplockningshjalp\` integer,
  	\`kan_handla_sjalv\` integer,
  	\`digital_nyckel\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`enhet_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`slutkunder_namn_idx\` ON \`slutkunder\` (\`namn\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_efternamn_idx\` ON \`slutkunder\` (\`efternamn\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_enhet_idx\` ON \`slutkunder\` (\`enhet_id\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_konto_idx\` ON \`slutkunder\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_updated_at_idx\` ON \`slutkunder\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_created_at_idx\` ON \`slutkunder\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_deleted_at_idx\` ON \`slutkunder\` (\`deleted_at\`);`)
  await db.run(sql`CREATE TABLE \`slutkunder_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`leveransfonster_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leveransfonster_id\`) REFERENCES \`leveransfonster\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`slutkunder_rels_order_idx\` ON \`slutkunder_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_rels_parent_idx\` ON \`slutkunder_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_rels_path_idx\` ON \`slutkunder_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`slutkunder_rels_leveransfonster_id_idx\` ON \`slutkunder_rels\` (\`leveransfonster_id\`);`)
  await db.run(sql`CREATE TABLE \`ordrar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`ordernummer\` text NOT NULL,
  	\`slutkund_id\` integer,
  	\`enhet_id\` integer,
  	\`konto_id\` integer,
  	\`bestallare_id\` integer,
  	\`leveransdatum\` text NOT NULL,
  	\`leveransfonster_id\` integer,
  	\`stopptid\` text NOT NULL,
  	\`status\` text DEFAULT 'mottagen' NOT NULL,
  	\`belopp\` numeric,
  	\`sparningslank\` text,
  	\`leverans_namn\` text,
  	\`leverans_gatuadress\` text,
  	\`leverans_postnummer\` text,
  	\`leverans_ort\` text,
  	\`leverans_portkod\` text,
  	\`leverans_kommentar_chauffor\` text,
  	\`makulerad_av_id\` integer,
  	\`makulerad_tid\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`slutkund_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`enhet_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`leveransfonster_id\`) REFERENCES \`leveransfonster\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`makulerad_av_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ordrar_ordernummer_idx\` ON \`ordrar\` (\`ordernummer\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_slutkund_idx\` ON \`ordrar\` (\`slutkund_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_enhet_idx\` ON \`ordrar\` (\`enhet_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_konto_idx\` ON \`ordrar\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_bestallare_idx\` ON \`ordrar\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_leveransdatum_idx\` ON \`ordrar\` (\`leveransdatum\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_leveransfonster_idx\` ON \`ordrar\` (\`leveransfonster_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_status_idx\` ON \`ordrar\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_makulerad_av_idx\` ON \`ordrar\` (\`makulerad_av_id\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_updated_at_idx\` ON \`ordrar\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ordrar_created_at_idx\` ON \`ordrar\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_ordrar_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_ordernummer\` text NOT NULL,
  	\`version_slutkund_id\` integer,
  	\`version_enhet_id\` integer,
  	\`version_konto_id\` integer,
  	\`version_bestallare_id\` integer,
  	\`version_leveransdatum\` text NOT NULL,
  	\`version_leveransfonster_id\` integer,
  	\`version_stopptid\` text NOT NULL,
  	\`version_status\` text DEFAULT 'mottagen' NOT NULL,
  	\`version_belopp\` numeric,
  	\`version_sparningslank\` text,
  	\`version_leverans_namn\` text,
  	\`version_leverans_gatuadress\` text,
  	\`version_leverans_postnummer\` text,
  	\`version_leverans_ort\` text,
  	\`version_leverans_portkod\` text,
  	\`version_leverans_kommentar_chauffor\` text,
  	\`version_makulerad_av_id\` integer,
  	\`version_makulerad_tid\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ordrar\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_slutkund_id\`) REFERENCES \`slutkunder\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_enhet_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_leveransfonster_id\`) REFERENCES \`leveransfonster\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_makulerad_av_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ordrar_v_parent_idx\` ON \`_ordrar_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_ordernummer_idx\` ON \`_ordrar_v\` (\`version_ordernummer\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_slutkund_idx\` ON \`_ordrar_v\` (\`version_slutkund_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_enhet_idx\` ON \`_ordrar_v\` (\`version_enhet_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_konto_idx\` ON \`_ordrar_v\` (\`version_konto_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_bestallare_idx\` ON \`_ordrar_v\` (\`version_bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_leveransdatum_idx\` ON \`_ordrar_v\` (\`version_leveransdatum\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_leveransfonster_idx\` ON \`_ordrar_v\` (\`version_leveransfonster_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_status_idx\` ON \`_ordrar_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_makulerad_av_idx\` ON \`_ordrar_v\` (\`version_makulerad_av_id\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_updated_at_idx\` ON \`_ordrar_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_version_version_created_at_idx\` ON \`_ordrar_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_created_at_idx\` ON \`_ordrar_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ordrar_v_updated_at_idx\` ON \`_ordrar_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`enheter\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`namn\` text NOT NULL,
  	\`konto_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enheter_namn_idx\` ON \`enheter\` (\`namn\`);`)
  await db.run(sql`CREATE INDEX \`enheter_konto_idx\` ON \`enheter\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`enheter_updated_at_idx\` ON \`enheter\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enheter_created_at_idx\` ON \`enheter\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`leveransfonster\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`enhet_id\` integer NOT NULL,
  	\`konto_id\` integer,
  	\`veckodag\` text NOT NULL,
  	\`starttid\` text NOT NULL,
  	\`sluttid\` text NOT NULL,
  	\`stopptid_dagar_fore\` numeric DEFAULT 1 NOT NULL,
  	\`stopptid_klockslag\` text DEFAULT '12:00' NOT NULL,
  	\`aktiv\` integer DEFAULT true,
  	\`beskrivning\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`enhet_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`leveransfonster_enhet_idx\` ON \`leveransfonster\` (\`enhet_id\`);`)
  await db.run(sql`CREATE INDEX \`leveransfonster_konto_idx\` ON \`leveransfonster\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`leveransfonster_updated_at_idx\` ON \`leveransfonster\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leveransfonster_created_at_idx\` ON \`leveransfonster\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bestallare_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bestallare_sessions_order_idx\` ON \`bestallare_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bestallare_sessions_parent_id_idx\` ON \`bestallare_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bestallare\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fornamn\` text NOT NULL,
  	\`efternamn\` text NOT NULL,
  	\`telefon\` text NOT NULL,
  	\`roll\` text DEFAULT 'bestallare' NOT NULL,
  	\`konto_id\` integer,
  	\`far_lagga_till_slutkunder\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`konto_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bestallare_konto_idx\` ON \`bestallare\` (\`konto_id\`);`)
  await db.run(sql`CREATE INDEX \`bestallare_updated_at_idx\` ON \`bestallare\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bestallare_created_at_idx\` ON \`bestallare\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bestallare_email_idx\` ON \`bestallare\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`bestallare_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`enheter_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enheter_id\`) REFERENCES \`enheter\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bestallare_rels_order_idx\` ON \`bestallare_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bestallare_rels_parent_idx\` ON \`bestallare_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bestallare_rels_path_idx\` ON \`bestallare_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bestallare_rels_enheter_id_idx\` ON \`bestallare_rels\` (\`enheter_id\`);`)
  await db.run(sql`CREATE TABLE \`konton_betalsatt\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`konton_betalsatt_order_idx\` ON \`konton_betalsatt\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`konton_betalsatt_parent_idx\` ON \`konton_betalsatt\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`konton_falthjalp\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`falt\` text NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`konton_falthjalp_order_idx\` ON \`konton_falthjalp\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`konton_falthjalp_parent_id_idx\` ON \`konton_falthjalp\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`konton\` (
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
  await db.run(sql`CREATE INDEX \`konton_updated_at_idx\` ON \`konton\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`konton_created_at_idx\` ON \`konton\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`integrationer\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`namn\` text NOT NULL,
  	\`typ\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`integrationer_updated_at_idx\` ON \`integrationer\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integrationer_created_at_idx\` ON \`integrationer\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`integrationer_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`konton_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`integrationer\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`konton_id\`) REFERENCES \`konton\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`integrationer_rels_order_idx\` ON \`integrationer_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`integrationer_rels_parent_idx\` ON \`integrationer_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`integrationer_rels_path_idx\` ON \`integrationer_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`integrationer_rels_konton_id_idx\` ON \`integrationer_rels\` (\`konton_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`bestallare_id\` integer,
  	\`integrationer_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bestallare_id\`) REFERENCES \`bestallare\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrationer_id\`) REFERENCES \`integrationer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_bestallare_id_idx\` ON \`payload_preferences_rels\` (\`bestallare_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_integrationer_id_idx\` ON \`payload_preferences_rels\` (\`integrationer_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`slutkunder_kopia_orderbekraftelse\`;`)
  await db.run(sql`DROP TABLE \`slutkunder\`;`)
  await db.run(sql`DROP TABLE \`slutkunder_rels\`;`)
  await db.run(sql`DROP TABLE \`ordrar\`;`)
  await db.run(sql`DROP TABLE \`_ordrar_v\`;`)
  await db.run(sql`DROP TABLE \`enheter\`;`)
  await db.run(sql`DROP TABLE \`leveransfonster\`;`)
  await db.run(sql`DROP TABLE \`bestallare_sessions\`;`)
  await db.run(sql`DROP TABLE \`bestallare\`;`)
  await db.run(sql`DROP TABLE \`bestallare_rels\`;`)
  await db.run(sql`DROP TABLE \`konton_betalsatt\`;`)
  await db.run(sql`DROP TABLE \`konton_falthjalp\`;`)
  await db.run(sql`DROP TABLE \`konton\`;`)
  await db.run(sql`DROP TABLE \`integrationer\`;`)
  await db.run(sql`DROP TABLE \`integrationer_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
