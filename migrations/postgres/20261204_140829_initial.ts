import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_slutkunder_betalsatt" AS ENUM('samlingsfaktura', 'faktura', 'matkonto');
  CREATE TYPE "public"."enum_ordrar_status" AS ENUM('mottagen', 'plockas', 'pa-vag', 'levererad', 'makulerad');
  CREATE TYPE "public"."enum__ordrar_v_version_status" AS ENUM('mottagen', 'plockas', 'pa-vag', 'levererad', 'makulerad');
  CREATE TYPE "public"."enum_leveransfonster_veckodag" AS ENUM('mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag');
  CREATE TYPE "public"."enum_bestallare_roll" AS ENUM('support', 'administrator', 'bestallare');
  CREATE TYPE "public"."enum_konton_betalsatt" AS ENUM('samlingsfaktura', 'faktura', 'matkonto');
  CREATE TYPE "public"."enum_konton_falthjalp_falt" AS ENUM('gatuadress', 'portkod', 'kommentarBestallare', 'enhet', 'leveransfonster', 'kommentarChauffor', 'medmeraId', 'betalsatt', 'faktura', 'smsNummer', 'upplockningshjalp', 'kanHandlaSjalv', 'kopiaOrderbekraftelse', 'digitalNyckel');
  CREATE TYPE "public"."enum_integrationer_typ" AS ENUM('butik', 'leverans');
  CREATE TABLE "slutkunder_kopia_orderbekraftelse" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"epost" varchar NOT NULL
  );
  
  CREATE TABLE "slutkunder" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"namn" varchar,
  	"fornamn" varchar NOT NULL,
  	"efternamn" varchar NOT NULL,
  	"gatuadress" varchar NOT NULL,
  	"postnummer" varchar NOT NULL,
  	"ort" varchar NOT NULL,
  	"mobilnummer" varchar,
  	"telefonnummer" varchar,
  	"portkod" varchar,
  	"epost" varchar,
  	"kommentar_bestallare" varchar,
  	"enhet_id" integer NOT NULL,
  	"konto_id" integer,
  	"kommentar_chauffor" varchar,
  	"medmera_id" varchar,
  	"betalsatt" "enum_slutkunder_betalsatt" NOT NULL,
  	"faktura_personnummer" varchar,
  	"faktura_fornamn" varchar,
  	"faktura_efternamn" varchar,
  	"faktura_referens" varchar,
  	"faktura_co" varchar,
  	"faktura_gatuadress" varchar,
  	"faktura_postnummer" varchar,
  	"faktura_ort" varchar,
  	"faktura_epost" varchar,
  	"sms_nummer" varchar NOT NULL,
  	"upplockningshjalp" boolean,
  	"kan_handla_sjalv" boolean,
  	"digital_nyckel" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "slutkunder_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leveransfonster_id" integer
  );
  
  CREATE TABLE "ordrar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ordernummer" varchar NOT NULL,
  	"slutkund_id" integer,
  	"enhet_id" integer,
  	"konto_id" integer,
  	"bestallare_id" integer,
  	"leveransdatum" timestamp(3) with time zone NOT NULL,
  	"leveransfonster_id" integer,
  	"stopptid" timestamp(3) with time zone NOT NULL,
  	"status" "enum_ordrar_status" DEFAULT 'mottagen' NOT NULL,
  	"belopp" numeric,
  	"sparningslank" varchar,
  	"leverans_namn" varchar,
  	"leverans_gatuadress" varchar,
  	"leverans_postnummer" varchar,
  	"leverans_ort" varchar,
  	"leverans_portkod" varchar,
  	"leverans_kommentar_chauffor" varchar,
  	"makulerad_av_id" integer,
  	"makulerad_tid" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_ordrar_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_ordernummer" varchar NOT NULL,
  	"version_slutkund_id" integer,
  	"version_enhet_id" integer,
  	"version_konto_id" integer,
  	"version_bestallare_id" integer,
  	"version_leveransdatum" timestamp(3) with time zone NOT NULL,
  	"version_leveransfonster_id" integer,
  	"version_stopptid" timestamp(3) with time zone NOT NULL,
  	"version_status" "enum__ordrar_v_version_status" DEFAULT 'mottagen' NOT NULL,
  	"version_belopp" numeric,
  	"version_sparningslank" varchar,
  	"version_leverans_namn" varchar,
  	"version_leverans_gatuadress" varchar,
  	"version_leverans_postnummer" varchar,
  	"version_leverans_ort" varchar,
  	"version_leverans_portkod" varchar,
  	"version_leverans_kommentar_chauffor" varchar,
  	"version_makulerad_av_id" integer,
  	"version_makulerad_tid" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "enheter" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"namn" varchar NOT NULL,
  	"konto_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leveransfonster" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"enhet_id" integer NOT NULL,
  	"konto_id" integer,
  	"veckodag" "enum_leveransfonster_veckodag" NOT NULL,
  	"starttid" varchar NOT NULL,
  	"sluttid" varchar NOT NULL,
  	"stopptid_dagar_fore" numeric DEFAULT 1 NOT NULL,
  	"stopptid_klockslag" varchar DEFAULT '12:00' NOT NULL,
  	"aktiv" boolean DEFAULT true,
  	"beskrivning" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bestallare_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "bestallare" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fornamn" varchar NOT NULL,
  	"efternamn" varchar NOT NULL,
  	"telefon" varchar NOT NULL,
  	"roll" "enum_bestallare_roll" DEFAULT 'bestallare' NOT NULL,
  	"konto_id" integer,
  	"far_lagga_till_slutkunder" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "bestallare_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"enheter_id" integer
  );
  
  CREATE TABLE "konton_betalsatt" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_konton_betalsatt",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "konton_falthjalp" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"falt" "enum_konton_falthjalp_falt" NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "konton" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"namn" varchar NOT NULL,
  	"organisationsnummer" varchar,
  	"anvander_kan_handla_sjalv" boolean DEFAULT false,
  	"fiktivt_mobilnummer" varchar DEFAULT '0765195442',
  	"bestallare_telefon" varchar,
  	"sms_dagen_fore_tid" varchar DEFAULT '17:00',
  	"bestallare_ser_faktura" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "integrationer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"namn" varchar NOT NULL,
  	"typ" "enum_integrationer_typ" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "integrationer_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"konton_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"slutkunder_id" integer,
  	"ordrar_id" integer,
  	"enheter_id" integer,
  	"leveransfonster_id" integer,
  	"bestallare_id" integer,
  	"konton_id" integer,
  	"integrationer_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bestallare_id" integer,
  	"integrationer_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "slutkunder_kopia_orderbekraftelse" ADD CONSTRAINT "slutkunder_kopia_orderbekraftelse_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."slutkunder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slutkunder" ADD CONSTRAINT "slutkunder_enhet_id_enheter_id_fk" FOREIGN KEY ("enhet_id") REFERENCES "public"."enheter"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "slutkunder" ADD CONSTRAINT "slutkunder_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "slutkunder_rels" ADD CONSTRAINT "slutkunder_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."slutkunder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "slutkunder_rels" ADD CONSTRAINT "slutkunder_rels_leveransfonster_fk" FOREIGN KEY ("leveransfonster_id") REFERENCES "public"."leveransfonster"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ordrar" ADD CONSTRAINT "ordrar_slutkund_id_slutkunder_id_fk" FOREIGN KEY ("slutkund_id") REFERENCES "public"."slutkunder"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ordrar" ADD CONSTRAINT "ordrar_enhet_id_enheter_id_fk" FOREIGN KEY ("enhet_id") REFERENCES "public"."enheter"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ordrar" ADD CONSTRAINT "ordrar_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ordrar" ADD CONSTRAINT "ordrar_bestallare_id_bestallare_id_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ordrar" ADD CONSTRAINT "ordrar_leveransfonster_id_leveransfonster_id_fk" FOREIGN KEY ("leveransfonster_id") REFERENCES "public"."leveransfonster"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ordrar" ADD CONSTRAINT "ordrar_makulerad_av_id_bestallare_id_fk" FOREIGN KEY ("makulerad_av_id") REFERENCES "public"."bestallare"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_parent_id_ordrar_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ordrar"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_version_slutkund_id_slutkunder_id_fk" FOREIGN KEY ("version_slutkund_id") REFERENCES "public"."slutkunder"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_version_enhet_id_enheter_id_fk" FOREIGN KEY ("version_enhet_id") REFERENCES "public"."enheter"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_version_konto_id_konton_id_fk" FOREIGN KEY ("version_konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_version_bestallare_id_bestallare_id_fk" FOREIGN KEY ("version_bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_version_leveransfonster_id_leveransfonster_id_fk" FOREIGN KEY ("version_leveransfonster_id") REFERENCES "public"."leveransfonster"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ordrar_v" ADD CONSTRAINT "_ordrar_v_version_makulerad_av_id_bestallare_id_fk" FOREIGN KEY ("version_makulerad_av_id") REFERENCES "public"."bestallare"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enheter" ADD CONSTRAINT "enheter_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leveransfonster" ADD CONSTRAINT "leveransfonster_enhet_id_enheter_id_fk" FOREIGN KEY ("enhet_id") REFERENCES "public"."enheter"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leveransfonster" ADD CONSTRAINT "leveransfonster_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bestallare_sessions" ADD CONSTRAINT "bestallare_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bestallare"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bestallare" ADD CONSTRAINT "bestallare_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bestallare_rels" ADD CONSTRAINT "bestallare_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bestallare"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bestallare_rels" ADD CONSTRAINT "bestallare_rels_enheter_fk" FOREIGN KEY ("enheter_id") REFERENCES "public"."enheter"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "konton_betalsatt" ADD CONSTRAINT "konton_betalsatt_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."konton"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "konton_falthjalp" ADD CONSTRAINT "konton_falthjalp_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."konton"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrationer_rels" ADD CONSTRAINT "integrationer_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."integrationer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrationer_rels" ADD CONSTRAINT "integrationer_rels_konton_fk" FOREIGN KEY ("konton_id") REFERENCES "public"."konton"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_slutkunder_fk" FOREIGN KEY ("slutkunder_id") REFERENCES "public"."slutkunder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ordrar_fk" FOREIGN KEY ("ordrar_id") REFERENCES "public"."ordrar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enheter_fk" FOREIGN KEY ("enheter_id") REFERENCES "public"."enheter"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leveransfonster_fk" FOREIGN KEY ("leveransfonster_id") REFERENCES "public"."leveransfonster"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bestallare_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_konton_fk" FOREIGN KEY ("konton_id") REFERENCES "public"."konton"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integrationer_fk" FOREIGN KEY ("integrationer_id") REFERENCES "public"."integrationer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_bestallare_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_integrationer_fk" FOREIGN KEY ("integrationer_id") REFERENCES "public"."integrationer"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "slutkunder_kopia_orderbekraftelse_order_idx" ON "slutkunder_kopia_orderbekraftelse" USING btree ("_order");
  CREATE INDEX "slutkunder_kopia_orderbekraftelse_parent_id_idx" ON "slutkunder_kopia_orderbekraftelse" USING btree ("_parent_id");
  CREATE INDEX "slutkunder_namn_idx" ON "slutkunder" USING btree ("namn");
  CREATE INDEX "slutkunder_efternamn_idx" ON "slutkunder" USING btree ("efternamn");
  CREATE INDEX "slutkunder_enhet_idx" ON "slutkunder" USING btree ("enhet_id");
  CREATE INDEX "slutkunder_konto_idx" ON "slutkunder" USING btree ("konto_id");
  CREATE INDEX "slutkunder_updated_at_idx" ON "slutkunder" USING btree ("updated_at");
  CREATE INDEX "slutkunder_created_at_idx" ON "slutkunder" USING btree ("created_at");
  CREATE INDEX "slutkunder_deleted_at_idx" ON "slutkunder" USING btree ("deleted_at");
  CREATE INDEX "slutkunder_rels_order_idx" ON "slutkunder_rels" USING btree ("order");
  CREATE INDEX "slutkunder_rels_parent_idx" ON "slutkunder_rels" USING btree ("parent_id");
  CREATE INDEX "slutkunder_rels_path_idx" ON "slutkunder_rels" USING btree ("path");
  CREATE INDEX "slutkunder_rels_leveransfonster_id_idx" ON "slutkunder_rels" USING btree ("leveransfonster_id");
  CREATE UNIQUE INDEX "ordrar_ordernummer_idx" ON "ordrar" USING btree ("ordernummer");
  CREATE INDEX "ordrar_slutkund_idx" ON "ordrar" USING btree ("slutkund_id");
  CREATE INDEX "ordrar_enhet_idx" ON "ordrar" USING btree ("enhet_id");
  CREATE INDEX "ordrar_konto_idx" ON "ordrar" USING btree ("konto_id");
  CREATE INDEX "ordrar_bestallare_idx" ON "ordrar" USING btree ("bestallare_id");
  CREATE INDEX "ordrar_leveransdatum_idx" ON "ordrar" USING btree ("leveransdatum");
  CREATE INDEX "ordrar_leveransfonster_idx" ON "ordrar" USING btree ("leveransfonster_id");
  CREATE INDEX "ordrar_status_idx" ON "ordrar" USING btree ("status");
  CREATE INDEX "ordrar_makulerad_av_idx" ON "ordrar" USING btree ("makulerad_av_id");
  CREATE INDEX "ordrar_updated_at_idx" ON "ordrar" USING btree ("updated_at");
  CREATE INDEX "ordrar_created_at_idx" ON "ordrar" USING btree ("created_at");
  CREATE INDEX "_ordrar_v_parent_idx" ON "_ordrar_v" USING btree ("parent_id");
  CREATE INDEX "_ordrar_v_version_version_ordernummer_idx" ON "_ordrar_v" USING btree ("version_ordernummer");
  CREATE INDEX "_ordrar_v_version_version_slutkund_idx" ON "_ordrar_v" USING btree ("version_slutkund_id");
  CREATE INDEX "_ordrar_v_version_version_enhet_idx" ON "_ordrar_v" USING btree ("version_enhet_id");
  CREATE INDEX "_ordrar_v_version_version_konto_idx" ON "_ordrar_v" USING btree ("version_konto_id");
  CREATE INDEX "_ordrar_v_version_version_bestallare_idx" ON "_ordrar_v" USING btree ("version_bestallare_id");
  CREATE INDEX "_ordrar_v_version_version_leveransdatum_idx" ON "_ordrar_v" USING btree ("version_leveransdatum");
  CREATE INDEX "_ordrar_v_version_version_leveransfonster_idx" ON "_ordrar_v" USING btree ("version_leveransfonster_id");
  CREATE INDEX "_ordrar_v_version_version_status_idx" ON "_ordrar_v" USING btree ("version_status");
  CREATE INDEX "_ordrar_v_version_version_makulerad_av_idx" ON "_ordrar_v" USING btree ("version_makulerad_av_id");
  CREATE INDEX "_ordrar_v_version_version_updated_at_idx" ON "_ordrar_v" USING btree ("version_updated_at");
  CREATE INDEX "_ordrar_v_version_version_created_at_idx" ON "_ordrar_v" USING btree ("version_created_at");
  CREATE INDEX "_ordrar_v_created_at_idx" ON "_ordrar_v" USING btree ("created_at");
  CREATE INDEX "_ordrar_v_updated_at_idx" ON "_ordrar_v" USING btree ("updated_at");
  CREATE INDEX "enheter_namn_idx" ON "enheter" USING btree ("namn");
  CREATE INDEX "enheter_konto_idx" ON "enheter" USING btree ("konto_id");
  CREATE INDEX "enheter_updated_at_idx" ON "enheter" USING btree ("updated_at");
  CREATE INDEX "enheter_created_at_idx" ON "enheter" USING btree ("created_at");
  CREATE INDEX "leveransfonster_enhet_idx" ON "leveransfonster" USING btree ("enhet_id");
  CREATE INDEX "leveransfonster_konto_idx" ON "leveransfonster" USING btree ("konto_id");
  CREATE INDEX "leveransfonster_updated_at_idx" ON "leveransfonster" USING btree ("updated_at");
  CREATE INDEX "leveransfonster_created_at_idx" ON "leveransfonster" USING btree ("created_at");
  CREATE INDEX "bestallare_sessions_order_idx" ON "bestallare_sessions" USING btree ("_order");
  CREATE INDEX "bestallare_sessions_parent_id_idx" ON "bestallare_sessions" USING btree ("_parent_id");
  CREATE INDEX "bestallare_konto_idx" ON "bestallare" USING btree ("konto_id");
  CREATE INDEX "bestallare_updated_at_idx" ON "bestallare" USING btree ("updated_at");
  CREATE INDEX "bestallare_created_at_idx" ON "bestallare" USING btree ("created_at");
  CREATE UNIQUE INDEX "bestallare_email_idx" ON "bestallare" USING btree ("email");
  CREATE INDEX "bestallare_rels_order_idx" ON "bestallare_rels" USING btree ("order");
  CREATE INDEX "bestallare_rels_parent_idx" ON "bestallare_rels" USING btree ("parent_id");
  CREATE INDEX "bestallare_rels_path_idx" ON "bestallare_rels" USING btree ("path");
  CREATE INDEX "bestallare_rels_enheter_id_idx" ON "bestallare_rels" USING btree ("enheter_id");
  CREATE INDEX "konton_betalsatt_order_idx" ON "konton_betalsatt" USING btree ("order");
  CREATE INDEX "konton_betalsatt_parent_idx" ON "konton_betalsatt" USING btree ("parent_id");
  CREATE INDEX "konton_falthjalp_order_idx" ON "konton_falthjalp" USING btree ("_order");
  CREATE INDEX "konton_falthjalp_parent_id_idx" ON "konton_falthjalp" USING btree ("_parent_id");
  CREATE INDEX "konton_updated_at_idx" ON "konton" USING btree ("updated_at");
  CREATE INDEX "konton_created_at_idx" ON "konton" USING btree ("created_at");
  CREATE INDEX "integrationer_updated_at_idx" ON "integrationer" USING btree ("updated_at");
  CREATE INDEX "integrationer_created_at_idx" ON "integrationer" USING btree ("created_at");
  CREATE INDEX "integrationer_rels_order_idx" ON "integrationer_rels" USING btree ("order");
  CREATE INDEX "integrationer_rels_parent_idx" ON "integrationer_rels" USING btree ("parent_id");
  CREATE INDEX "integrationer_rels_path_idx" ON "integrationer_rels" USING btree ("path");
  CREATE INDEX "integrationer_rels_konton_id_idx" ON "integrationer_rels" USING btree ("konton_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_slutkunder_id_idx" ON "payload_locked_documents_rels" USING btree ("slutkunder_id");
  CREATE INDEX "payload_locked_documents_rels_ordrar_id_idx" ON "payload_locked_documents_rels" USING btree ("ordrar_id");
  CREATE INDEX "payload_locked_documents_rels_enheter_id_idx" ON "payload_locked_documents_rels" USING btree ("enheter_id");
  CREATE INDEX "payload_locked_documents_rels_leveransfonster_id_idx" ON "payload_locked_documents_rels" USING btree ("leveransfonster_id");
  CREATE INDEX "payload_locked_documents_rels_bestallare_id_idx" ON "payload_locked_documents_rels" USING btree ("bestallare_id");
  CREATE INDEX "payload_locked_documents_rels_konton_id_idx" ON "payload_locked_documents_rels" USING btree ("konton_id");
  CREATE INDEX "payload_locked_documents_rels_integrationer_id_idx" ON "payload_locked_documents_rels" USING btree ("integrationer_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_bestallare_id_idx" ON "payload_preferences_rels" USING btree ("bestallare_id");
  CREATE INDEX "payload_preferences_rels_integrationer_id_idx" ON "payload_preferences_rels" USING btree ("integrationer_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "slutkunder_kopia_orderbekraftelse" CASCADE;
  DROP TABLE "slutkunder" CASCADE;
  DROP TABLE "slutkunder_rels" CASCADE;
  DROP TABLE "ordrar" CASCADE;
  DROP TABLE "_ordrar_v" CASCADE;
  DROP TABLE "enheter" CASCADE;
  DROP TABLE "leveransfonster" CASCADE;
  DROP TABLE "bestallare_sessions" CASCADE;
  DROP TABLE "bestallare" CASCADE;
  DROP TABLE "bestallare_rels" CASCADE;
  DROP TABLE "konton_betalsatt" CASCADE;
  DROP TABLE "konton_falthjalp" CASCADE;
  DROP TABLE "konton" CASCADE;
  DROP TABLE "integrationer" CASCADE;
  DROP TABLE "integrationer_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_slutkunder_betalsatt";
  DROP TYPE "public"."enum_ordrar_status";
  DROP TYPE "public"."enum__ordrar_v_version_status";
  DROP TYPE "public"."enum_leveransfonster_veckodag";
  DROP TYPE "public"."enum_bestallare_roll";
  DROP TYPE "public"."enum_konton_betalsatt";
  DROP TYPE "public"."enum_konton_falthjalp_falt";
  DROP TYPE "public"."enum_integrationer_typ";`)
}
