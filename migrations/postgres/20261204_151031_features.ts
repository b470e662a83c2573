import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_hjalp_amne" AS ENUM('slutkund', 'kommentar-chauffor', 'digital-nyckel', 'sms-mobil', 'autogiro', 'ovrigt');
  CREATE TYPE "public"."enum_dokument_typ" AS ENUM('autogiro', 'ovrigt');
  CREATE TYPE "public"."enum_utskick_kanal" AS ENUM('sms', 'epost');
  CREATE TYPE "public"."enum_utskick_mall" AS ENUM('dagen-fore', 'narmar-sig', 'valkommen', 'aterstall-losenord', 'orderbekraftelse');
  CREATE TYPE "public"."enum_utskick_status" AS ENUM('planerad', 'skickas', 'skickad', 'misslyckad', 'avbruten', 'ej-skickad-fiktivt-nummer', 'ej-skickad-ingen-leverantor');
  CREATE TYPE "public"."enum_andringslogg_samling" AS ENUM('konton', 'bestallare', 'enheter', 'leveransfonster', 'slutkunder', 'ordrar');
  CREATE TYPE "public"."enum_andringslogg_operation" AS ENUM('create', 'update', 'trash', 'restore', 'delete');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'skickaSms');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'skickaSms');
  CREATE TABLE "ordrar_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bestallare_id" integer,
  	"integrationer_id" integer
  );
  
  CREATE TABLE "_ordrar_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bestallare_id" integer,
  	"integrationer_id" integer
  );
  
  CREATE TABLE "hjalp" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar NOT NULL,
  	"amne" "enum_hjalp_amne" NOT NULL,
  	"innehall" jsonb NOT NULL,
  	"visa_vid_formular" boolean DEFAULT true,
  	"ordning" numeric DEFAULT 10,
  	"konto_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dokument" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar NOT NULL,
  	"typ" "enum_dokument_typ" DEFAULT 'ovrigt' NOT NULL,
  	"mottagare" varchar,
  	"epost" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "overlamningar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"slutkund_id" integer NOT NULL,
  	"bestallare_id" integer NOT NULL,
  	"enhet_id" integer NOT NULL,
  	"konto_id" integer NOT NULL,
  	"giltig_till" timestamp(3) with time zone NOT NULL,
  	"inlost_tid" timestamp(3) with time zone,
  	"inlost_av_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "utskick" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kanal" "enum_utskick_kanal" NOT NULL,
  	"mall" "enum_utskick_mall" NOT NULL,
  	"mottagare" varchar,
  	"slutkund_id" integer,
  	"order_id" integer,
  	"bestallare_id" integer,
  	"konto_id" integer,
  	"enhet_id" integer,
  	"planerad_tid" timestamp(3) with time zone,
  	"skickad_tid" timestamp(3) with time zone,
  	"status" "enum_utskick_status" NOT NULL,
  	"leverantors_id" varchar,
  	"fel" varchar,
  	"forsok" numeric DEFAULT 0,
  	"amne" varchar,
  	"innehall" varchar,
  	"dedupe_key" varchar NOT NULL,
  	"plan_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "andringslogg" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"samling" "enum_andringslogg_samling" NOT NULL,
  	"dokument_id" varchar NOT NULL,
  	"operation" "enum_andringslogg_operation" NOT NULL,
  	"anvandare_samling" varchar NOT NULL,
  	"anvandare_id" varchar,
  	"konto_id" integer,
  	"andringar" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "andringslogg_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "ordrar" ADD COLUMN "senaste" boolean DEFAULT false;
  ALTER TABLE "_ordrar_v" ADD COLUMN "version_senaste" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hjalp_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dokument_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "overlamningar_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "utskick_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "andringslogg_id" integer;
  ALTER TABLE "ordrar_rels" ADD CONSTRAINT "ordrar_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ordrar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ordrar_rels" ADD CONSTRAINT "ordrar_rels_bestallare_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ordrar_rels" ADD CONSTRAINT "ordrar_rels_integrationer_fk" FOREIGN KEY ("integrationer_id") REFERENCES "public"."integrationer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ordrar_v_rels" ADD CONSTRAINT "_ordrar_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ordrar_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ordrar_v_rels" ADD CONSTRAINT "_ordrar_v_rels_bestallare_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ordrar_v_rels" ADD CONSTRAINT "_ordrar_v_rels_integrationer_fk" FOREIGN KEY ("integrationer_id") REFERENCES "public"."integrationer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hjalp" ADD CONSTRAINT "hjalp_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "overlamningar" ADD CONSTRAINT "overlamningar_slutkund_id_slutkunder_id_fk" FOREIGN KEY ("slutkund_id") REFERENCES "public"."slutkunder"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "overlamningar" ADD CONSTRAINT "overlamningar_bestallare_id_bestallare_id_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "overlamningar" ADD CONSTRAINT "overlamningar_enhet_id_enheter_id_fk" FOREIGN KEY ("enhet_id") REFERENCES "public"."enheter"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "overlamningar" ADD CONSTRAINT "overlamningar_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "overlamningar" ADD CONSTRAINT "overlamningar_inlost_av_id_integrationer_id_fk" FOREIGN KEY ("inlost_av_id") REFERENCES "public"."integrationer"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "utskick" ADD CONSTRAINT "utskick_slutkund_id_slutkunder_id_fk" FOREIGN KEY ("slutkund_id") REFERENCES "public"."slutkunder"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "utskick" ADD CONSTRAINT "utskick_order_id_ordrar_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."ordrar"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "utskick" ADD CONSTRAINT "utskick_bestallare_id_bestallare_id_fk" FOREIGN KEY ("bestallare_id") REFERENCES "public"."bestallare"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "utskick" ADD CONSTRAINT "utskick_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "utskick" ADD CONSTRAINT "utskick_enhet_id_enheter_id_fk" FOREIGN KEY ("enhet_id") REFERENCES "public"."enheter"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "andringslogg" ADD CONSTRAINT "andringslogg_konto_id_konton_id_fk" FOREIGN KEY ("konto_id") REFERENCES "public"."konton"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "andringslogg_texts" ADD CONSTRAINT "andringslogg_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."andringslogg"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "ordrar_rels_order_idx" ON "ordrar_rels" USING btree ("order");
  CREATE INDEX "ordrar_rels_parent_idx" ON "ordrar_rels" USING btree ("parent_id");
  CREATE INDEX "ordrar_rels_path_idx" ON "ordrar_rels" USING btree ("path");
  CREATE INDEX "ordrar_rels_bestallare_id_idx" ON "ordrar_rels" USING btree ("bestallare_id");
  CREATE INDEX "ordrar_rels_integrationer_id_idx" ON "ordrar_rels" USING btree ("integrationer_id");
  CREATE INDEX "_ordrar_v_rels_order_idx" ON "_ordrar_v_rels" USING btree ("order");
  CREATE INDEX "_ordrar_v_rels_parent_idx" ON "_ordrar_v_rels" USING btree ("parent_id");
  CREATE INDEX "_ordrar_v_rels_path_idx" ON "_ordrar_v_rels" USING btree ("path");
  CREATE INDEX "_ordrar_v_rels_bestallare_id_idx" ON "_ordrar_v_rels" USING btree ("bestallare_id");
  CREATE INDEX "_ordrar_v_rels_integrationer_id_idx" ON "_ordrar_v_rels" USING btree ("integrationer_id");
  CREATE INDEX "hjalp_amne_idx" ON "hjalp" USING btree ("amne");
  CREATE INDEX "hjalp_konto_idx" ON "hjalp" USING btree ("konto_id");
  CREATE INDEX "hjalp_updated_at_idx" ON "hjalp" USING btree ("updated_at");
  CREATE INDEX "hjalp_created_at_idx" ON "hjalp" USING btree ("created_at");
  CREATE INDEX "dokument_typ_idx" ON "dokument" USING btree ("typ");
  CREATE INDEX "dokument_updated_at_idx" ON "dokument" USING btree ("updated_at");
  CREATE INDEX "dokument_created_at_idx" ON "dokument" USING btree ("created_at");
  CREATE UNIQUE INDEX "dokument_filename_idx" ON "dokument" USING btree ("filename");
  CREATE UNIQUE INDEX "overlamningar_token_hash_idx" ON "overlamningar" USING btree ("token_hash");
  CREATE INDEX "overlamningar_slutkund_idx" ON "overlamningar" USING btree ("slutkund_id");
  CREATE INDEX "overlamningar_bestallare_idx" ON "overlamningar" USING btree ("bestallare_id");
  CREATE INDEX "overlamningar_enhet_idx" ON "overlamningar" USING btree ("enhet_id");
  CREATE INDEX "overlamningar_konto_idx" ON "overlamningar" USING btree ("konto_id");
  CREATE INDEX "overlamningar_giltig_till_idx" ON "overlamningar" USING btree ("giltig_till");
  CREATE INDEX "overlamningar_inlost_av_idx" ON "overlamningar" USING btree ("inlost_av_id");
  CREATE INDEX "overlamningar_updated_at_idx" ON "overlamningar" USING btree ("updated_at");
  CREATE INDEX "overlamningar_created_at_idx" ON "overlamningar" USING btree ("created_at");
  CREATE INDEX "utskick_kanal_idx" ON "utskick" USING btree ("kanal");
  CREATE INDEX "utskick_mall_idx" ON "utskick" USING btree ("mall");
  CREATE INDEX "utskick_slutkund_idx" ON "utskick" USING btree ("slutkund_id");
  CREATE INDEX "utskick_order_idx" ON "utskick" USING btree ("order_id");
  CREATE INDEX "utskick_bestallare_idx" ON "utskick" USING btree ("bestallare_id");
  CREATE INDEX "utskick_konto_idx" ON "utskick" USING btree ("konto_id");
  CREATE INDEX "utskick_enhet_idx" ON "utskick" USING btree ("enhet_id");
  CREATE INDEX "utskick_planerad_tid_idx" ON "utskick" USING btree ("planerad_tid");
  CREATE INDEX "utskick_status_idx" ON "utskick" USING btree ("status");
  CREATE UNIQUE INDEX "utskick_dedupe_key_idx" ON "utskick" USING btree ("dedupe_key");
  CREATE INDEX "utskick_plan_id_idx" ON "utskick" USING btree ("plan_id");
  CREATE INDEX "utskick_updated_at_idx" ON "utskick" USING btree ("updated_at");
  CREATE INDEX "utskick_created_at_idx" ON "utskick" USING btree ("created_at");
  CREATE INDEX "andringslogg_samling_idx" ON "andringslogg" USING btree ("samling");
  CREATE INDEX "andringslogg_dokument_id_idx" ON "andringslogg" USING btree ("dokument_id");
  CREATE INDEX "andringslogg_konto_idx" ON "andringslogg" USING btree ("konto_id");
  CREATE INDEX "andringslogg_updated_at_idx" ON "andringslogg" USING btree ("updated_at");
  CREATE INDEX "andringslogg_created_at_idx" ON "andringslogg" USING btree ("created_at");
  CREATE INDEX "andringslogg_texts_order_parent" ON "andringslogg_texts" USING btree ("order","parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hjalp_fk" FOREIGN KEY ("hjalp_id") REFERENCES "public"."hjalp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dokument_fk" FOREIGN KEY ("dokument_id") REFERENCES "public"."dokument"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_overlamningar_fk" FOREIGN KEY ("overlamningar_id") REFERENCES "public"."overlamningar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_utskick_fk" FOREIGN KEY ("utskick_id") REFERENCES "public"."utskick"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_andringslogg_fk" FOREIGN KEY ("andringslogg_id") REFERENCES "public"."andringslogg"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "konto_efternamn_idx" ON "slutkunder" USING btree ("konto_id","efternamn");
  CREATE INDEX "enhet_efternamn_idx" ON "slutkunder" USING btree ("enhet_id","efternamn");
  CREATE INDEX "ordrar_senaste_idx" ON "ordrar" USING btree ("senaste");
  CREATE INDEX "slutkund_senaste_idx" ON "ordrar" USING btree ("slutkund_id","senaste");
  CREATE INDEX "_ordrar_v_version_version_senaste_idx" ON "_ordrar_v" USING btree ("version_senaste");
  CREATE INDEX "version_slutkund_version_senaste_idx" ON "_ordrar_v" USING btree ("version_slutkund_id","version_senaste");
  CREATE INDEX "payload_locked_documents_rels_hjalp_id_idx" ON "payload_locked_documents_rels" USING btree ("hjalp_id");
  CREATE INDEX "payload_locked_documents_rels_dokument_id_idx" ON "payload_locked_documents_rels" USING btree ("dokument_id");
  CREATE INDEX "payload_locked_documents_rels_overlamningar_id_idx" ON "payload_locked_documents_rels" USING btree ("overlamningar_id");
  CREATE INDEX "payload_locked_documents_rels_utskick_id_idx" ON "payload_locked_documents_rels" USING btree ("utskick_id");
  CREATE INDEX "payload_locked_documents_rels_andringslogg_id_idx" ON "payload_locked_documents_rels" USING btree ("andringslogg_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ordrar_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ordrar_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "hjalp" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dokument" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "overlamningar" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "utskick" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "andringslogg" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "andringslogg_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ordrar_rels" CASCADE;
  DROP TABLE "_ordrar_v_rels" CASCADE;
  DROP TABLE "hjalp" CASCADE;
  DROP TABLE "dokument" CASCADE;
  DROP TABLE "overlamningar" CASCADE;
  DROP TABLE "utskick" CASCADE;
  DROP TABLE "andringslogg" CASCADE;
  DROP TABLE "andringslogg_texts" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_hjalp_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dokument_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_overlamningar_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_utskick_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_andringslogg_fk";
  
  DROP INDEX "konto_efternamn_idx";
  DROP INDEX "enhet_efternamn_idx";
  DROP INDEX "ordrar_senaste_idx";
  DROP INDEX "slutkund_senaste_idx";
  DROP INDEX "_ordrar_v_version_version_senaste_idx";
  DROP INDEX "version_slutkund_version_senaste_idx";
  DROP INDEX "payload_locked_documents_rels_hjalp_id_idx";
  DROP INDEX "payload_locked_documents_rels_dokument_id_idx";
  DROP INDEX "payload_locked_documents_rels_overlamningar_id_idx";
  DROP INDEX "payload_locked_documents_rels_utskick_id_idx";
  DROP INDEX "payload_locked_documents_rels_andringslogg_id_idx";
  ALTER TABLE "ordrar" DROP COLUMN "senaste";
  ALTER TABLE "_ordrar_v" DROP COLUMN "version_senaste";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hjalp_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dokument_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "overlamningar_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "utskick_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "andringslogg_id";
  DROP TYPE "public"."enum_hjalp_amne";
  DROP TYPE "public"."enum_dokument_typ";
  DROP TYPE "public"."enum_utskick_kanal";
  DROP TYPE "public"."enum_utskick_mall";
  DROP TYPE "public"."enum_utskick_status";
  DROP TYPE "public"."enum_andringslogg_samling";
  DROP TYPE "public"."enum_andringslogg_operation";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
