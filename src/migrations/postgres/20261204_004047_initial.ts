import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fi', 'sv', 'en', 'ar', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'coordinator', 'organizer');
  CREATE TYPE "public"."enum_languages_direction" AS ENUM('ltr', 'rtl');
  CREATE TYPE "public"."enum_themes_key" AS ENUM('participation', 'attitudes', 'safety', 'interaction');
  CREATE TYPE "public"."enum_themes_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum_discussion_questions_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum_materials_versions_language" AS ENUM('fi', 'sv', 'en', 'ar', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et');
  CREATE TYPE "public"."enum_materials_versions_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum_materials_part" AS ENUM('sessions', 'event', 'monitoring', 'guidance');
  CREATE TYPE "public"."enum_materials_kind" AS ENUM('scribe-form', 'invitation-pack', 'event-invitation', 'coordinate-grid', 'card-template', 'results-presentation', 'guidance', 'other');
  CREATE TYPE "public"."enum_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_materials_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum__materials_v_version_versions_language" AS ENUM('fi', 'sv', 'en', 'ar', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et');
  CREATE TYPE "public"."enum__materials_v_version_versions_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum__materials_v_version_part" AS ENUM('sessions', 'event', 'monitoring', 'guidance');
  CREATE TYPE "public"."enum__materials_v_version_kind" AS ENUM('scribe-form', 'invitation-pack', 'event-invitation', 'coordinate-grid', 'card-template', 'results-presentation', 'guidance', 'other');
  CREATE TYPE "public"."enum__materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__materials_v_published_locale" AS ENUM('fi', 'sv', 'en', 'ar', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et');
  CREATE TYPE "public"."enum__materials_v_version_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum_files_language" AS ENUM('fi', 'sv', 'en', 'ar', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et');
  CREATE TYPE "public"."enum_pages_kind" AS ENUM('home', 'toolkit-part', 'how-to-start', 'residents', 'contacts', 'privacy', 'accessibility', 'other');
  CREATE TYPE "public"."enum_pages_part" AS ENUM('sessions', 'event', 'monitoring');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum__pages_v_version_kind" AS ENUM('home', 'toolkit-part', 'how-to-start', 'residents', 'contacts', 'privacy', 'accessibility', 'other');
  CREATE TYPE "public"."enum__pages_v_version_part" AS ENUM('sessions', 'event', 'monitoring');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('fi', 'sv', 'en', 'ar', 'se', 'so', 'sw', 'uk', 'ru', 'vi', 'et');
  CREATE TYPE "public"."enum__pages_v_version_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TYPE "public"."enum_municipalities_region" AS ENUM('uusimaa', 'varsinais-suomi', 'satakunta', 'kanta-hame', 'pirkanmaa', 'paijat-hame', 'kymenlaakso', 'etela-karjala', 'etela-savo', 'pohjois-savo', 'pohjois-karjala', 'keski-suomi', 'etela-pohjanmaa', 'pohjanmaa', 'keski-pohjanmaa', 'pohjois-pohjanmaa', 'kainuu', 'lappi', 'ahvenanmaa');
  CREATE TYPE "public"."enum_municipalities_phase" AS ENUM('pilot', 'continuation', 'none');
  CREATE TYPE "public"."enum_organizations_type" AS ENUM('ngo', 'municipality', 'wellbeing-county', 'police', 'ely', 'other');
  CREATE TYPE "public"."enum_projects_stage" AS ENUM('planning', 'sessions', 'event', 'monitoring', 'closed');
  CREATE TYPE "public"."enum_sessions_status" AS ENUM('planned', 'held', 'reported', 'cancelled');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_experience_cards_tone" AS ENUM('positive', 'negative');
  CREATE TYPE "public"."enum_decision_events_invitees_group" AS ENUM('elected', 'civil-servants', 'ngo', 'residents', 'wellbeing-county', 'police', 'other');
  CREATE TYPE "public"."enum_decision_events_status" AS ENUM('planned', 'open', 'closed');
  CREATE TYPE "public"."enum_actions_status" AS ENUM('planned', 'in-progress', 'done', 'dropped');
  CREATE TYPE "public"."enum_feedback_responses_language" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_feedback_responses_respondent_group" AS ENUM('elected', 'civil-servant', 'ngo', 'resident', 'other');
  CREATE TYPE "public"."enum_feedback_responses_data_collection_effect" AS ENUM('none', 'little', 'some', 'much');
  CREATE TYPE "public"."enum_feedback_responses_event_effect" AS ENUM('none', 'little', 'some', 'much');
  CREATE TYPE "public"."enum_evaluations_status" AS ENUM('planned', 'done');
  CREATE TYPE "public"."enum_evaluations_impact" AS ENUM('unknown', 'none', 'some', 'clear');
  CREATE TYPE "public"."enum_event_verdicts_verdict" AS ENUM('more', 'less');
  CREATE TYPE "public"."enum_subscribers_regions" AS ENUM('uusimaa', 'varsinais-suomi', 'satakunta', 'kanta-hame', 'pirkanmaa', 'paijat-hame', 'kymenlaakso', 'etela-karjala', 'etela-savo', 'pohjois-savo', 'pohjois-karjala', 'keski-suomi', 'etela-pohjanmaa', 'pohjanmaa', 'keski-pohjanmaa', 'pohjois-pohjanmaa', 'kainuu', 'lappi', 'ahvenanmaa');
  CREATE TYPE "public"."enum_subscribers_language" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed', 'unsubscribed');
  CREATE TYPE "public"."enum_newsletters_audience_languages" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_newsletters_audience_regions" AS ENUM('uusimaa', 'varsinais-suomi', 'satakunta', 'kanta-hame', 'pirkanmaa', 'paijat-hame', 'kymenlaakso', 'etela-karjala', 'etela-savo', 'pohjois-savo', 'pohjois-karjala', 'keski-suomi', 'etela-pohjanmaa', 'pohjanmaa', 'keski-pohjanmaa', 'pohjois-pohjanmaa', 'kainuu', 'lappi', 'ahvenanmaa');
  CREATE TYPE "public"."enum_newsletters_kind" AS ENUM('newsletter', 'regional-invitation');
  CREATE TYPE "public"."enum_newsletters_status" AS ENUM('draft', 'sending', 'sent');
  CREATE TYPE "public"."enum_workspace_requests_language" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_workspace_requests_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_newsletter_deliveries_status" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEvaluationReminders', 'sendNewsletter', 'resumeNewsletters', 'emailRetention', 'regenerateLibraryDocuments');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEvaluationReminders', 'sendNewsletter', 'resumeNewsletters', 'emailRetention', 'regenerateLibraryDocuments');
  CREATE TYPE "public"."enum_document_texts_translation_status" AS ENUM('missing', 'draft', 'reviewed', 'outdated');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'organizer' NOT NULL,
  	"organization_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" uuid
  );
  
  CREATE TABLE "languages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar NOT NULL,
  	"native_name" varchar NOT NULL,
  	"direction" "enum_languages_direction" DEFAULT 'ltr' NOT NULL,
  	"material_language" boolean DEFAULT false,
  	"used_in_data_collection" boolean DEFAULT true,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "languages_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "themes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" "enum_themes_key" NOT NULL,
  	"colour" varchar DEFAULT '#2A6EBB' NOT NULL,
  	"order" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"translation_status" "enum_themes_translation_status" DEFAULT 'draft' NOT NULL,
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "discussion_questions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"theme_id" uuid NOT NULL,
  	"order" numeric DEFAULT 1 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "discussion_questions_locales" (
  	"text" varchar NOT NULL,
  	"facilitator_note" varchar,
  	"translation_status" "enum_discussion_questions_translation_status" DEFAULT 'draft' NOT NULL,
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "materials_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_materials_versions_language",
  	"translation_status" "enum_materials_versions_translation_status" DEFAULT 'draft',
  	"file_id" uuid,
  	"generated" boolean DEFAULT false
  );
  
  CREATE TABLE "materials" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"part" "enum_materials_part" DEFAULT 'sessions',
  	"kind" "enum_materials_kind",
  	"order" numeric DEFAULT 100,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_materials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "materials_locales" (
  	"title" varchar,
  	"description" varchar,
  	"translation_status" "enum_materials_translation_status" DEFAULT 'draft',
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_materials_v_version_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"language" "enum__materials_v_version_versions_language",
  	"translation_status" "enum__materials_v_version_versions_translation_status" DEFAULT 'draft',
  	"file_id" uuid,
  	"generated" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_materials_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_part" "enum__materials_v_version_part" DEFAULT 'sessions',
  	"version_kind" "enum__materials_v_version_kind",
  	"version_order" numeric DEFAULT 100,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__materials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__materials_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_materials_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_translation_status" "enum__materials_v_version_translation_status" DEFAULT 'draft',
  	"version_reviewed_by_id" uuid,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "files" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"language" "enum_files_language",
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
  
  CREATE TABLE "files_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
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
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_pages_kind" DEFAULT 'other',
  	"part" "enum_pages_part",
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"translation_status" "enum_pages_translation_status" DEFAULT 'draft',
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_kind" "enum__pages_v_version_kind" DEFAULT 'other',
  	"version_part" "enum__pages_v_version_part",
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_translation_status" "enum__pages_v_version_translation_status" DEFAULT 'draft',
  	"version_reviewed_by_id" uuid,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "municipalities_partner_municipalities" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "municipalities" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"name_sv" varchar,
  	"region" "enum_municipalities_region" NOT NULL,
  	"phase" "enum_municipalities_phase" DEFAULT 'none' NOT NULL,
  	"decision_event_held" boolean DEFAULT false,
  	"is_example" boolean DEFAULT false,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "municipalities_locales" (
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "municipalities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"languages_id" uuid
  );
  
  CREATE TABLE "organizations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_organizations_type" DEFAULT 'ngo' NOT NULL,
  	"municipality_id" uuid,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "projects_population_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "projects_evaluation_plan_division_of_labour" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"task" varchar NOT NULL,
  	"responsible" varchar NOT NULL
  );
  
  CREATE TABLE "projects" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"municipality_id" uuid NOT NULL,
  	"round" numeric DEFAULT 1 NOT NULL,
  	"stage" "enum_projects_stage" DEFAULT 'planning' NOT NULL,
  	"previous_round_id" uuid,
  	"is_example" boolean DEFAULT false,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"description" varchar,
  	"evaluation_plan_schedule" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" uuid,
  	"languages_id" uuid
  );
  
  CREATE TABLE "sessions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"project_id" uuid NOT NULL,
  	"title" varchar,
  	"population_group" varchar NOT NULL,
  	"language_id" uuid NOT NULL,
  	"date" timestamp(3) with time zone,
  	"online" boolean DEFAULT false,
  	"place" varchar,
  	"organization_id" uuid,
  	"facilitator" varchar,
  	"scribe" varchar,
  	"participant_count" numeric,
  	"status" "enum_sessions_status" DEFAULT 'planned' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question_id" uuid NOT NULL,
  	"original" varchar,
  	"finnish" varchar
  );
  
  CREATE TABLE "reports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"session_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"title" varchar,
  	"status" "enum_reports_status" DEFAULT 'draft' NOT NULL,
  	"review_comment" varchar,
  	"general_observations" varchar,
  	"positive_experiences" varchar,
  	"negative_experiences" varchar,
  	"proposals" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_reports_v_version_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"question_id" uuid NOT NULL,
  	"original" varchar,
  	"finnish" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_session_id" uuid NOT NULL,
  	"version_project_id" uuid NOT NULL,
  	"version_title" varchar,
  	"version_status" "enum__reports_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_review_comment" varchar,
  	"version_general_observations" varchar,
  	"version_positive_experiences" varchar,
  	"version_negative_experiences" varchar,
  	"version_proposals" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "experience_cards" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"project_id" uuid NOT NULL,
  	"text" varchar NOT NULL,
  	"theme_id" uuid NOT NULL,
  	"tone" "enum_experience_cards_tone" NOT NULL,
  	"source_session_id" uuid,
  	"source_report_id" uuid,
  	"population_group" varchar,
  	"order" numeric DEFAULT 100,
  	"selected_for_event" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "decision_events_invitees" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"group" "enum_decision_events_invitees_group" NOT NULL,
  	"organization_id" uuid,
  	"count" numeric,
  	"why" varchar
  );
  
  CREATE TABLE "decision_events_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"time" varchar,
  	"item" varchar NOT NULL
  );
  
  CREATE TABLE "decision_events_small_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "decision_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"project_id" uuid NOT NULL,
  	"title" varchar NOT NULL,
  	"date" timestamp(3) with time zone,
  	"place" varchar,
  	"status" "enum_decision_events_status" DEFAULT 'planned' NOT NULL,
  	"board_token" varchar,
  	"survey_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "decision_events_locales" (
  	"grid_x_axis_low" varchar,
  	"grid_x_axis_high" varchar,
  	"grid_y_axis_low" varchar,
  	"grid_y_axis_high" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "actions_updates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "actions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"municipality_id" uuid,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"owner_role" varchar,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"indicator" varchar,
  	"status" "enum_actions_status" DEFAULT 'planned' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" uuid
  );
  
  CREATE TABLE "feedback_responses" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"language" "enum_feedback_responses_language" DEFAULT 'fi',
  	"respondent_group" "enum_feedback_responses_respondent_group",
  	"data_collection_effect" "enum_feedback_responses_data_collection_effect",
  	"event_effect" "enum_feedback_responses_event_effect",
  	"intentions" varchar,
  	"comments" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "evaluations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"project_id" uuid NOT NULL,
  	"title" varchar NOT NULL,
  	"action_id" uuid,
  	"responsible_party" varchar NOT NULL,
  	"responsible_email" varchar,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_evaluations_status" DEFAULT 'planned' NOT NULL,
  	"findings" varchar,
  	"impact" "enum_evaluations_impact",
  	"reminder_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_verdicts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"card_id" uuid NOT NULL,
  	"group" varchar NOT NULL,
  	"verdict" "enum_event_verdicts_verdict" NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_placements" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"card_id" uuid NOT NULL,
  	"group" varchar NOT NULL,
  	"x" numeric NOT NULL,
  	"y" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_regions" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_subscribers_regions",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "subscribers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_subscribers_language" DEFAULT 'fi' NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirm_token_hash" varchar,
  	"confirm_token_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletters_audience_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_newsletters_audience_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "newsletters_audience_regions" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_newsletters_audience_regions",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "newsletters" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_newsletters_kind" DEFAULT 'newsletter' NOT NULL,
  	"status" "enum_newsletters_status" DEFAULT 'draft' NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"progress_total" numeric DEFAULT 0,
  	"progress_sent" numeric DEFAULT 0,
  	"progress_failed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletters_locales" (
  	"subject" varchar NOT NULL,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "workspace_requests" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organization" varchar NOT NULL,
  	"municipality" varchar,
  	"role" varchar,
  	"reason" varchar,
  	"language" "enum_workspace_requests_language" DEFAULT 'fi',
  	"status" "enum_workspace_requests_status" DEFAULT 'pending' NOT NULL,
  	"decided_at" timestamp(3) with time zone,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outbox_messages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"subject" varchar,
  	"text" varchar,
  	"html" varchar,
  	"headers" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"newsletter_id" uuid NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"recipients" jsonb NOT NULL,
  	"message_ids" jsonb,
  	"count" numeric NOT NULL,
  	"status" "enum_newsletter_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "signup_attempts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
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
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"languages_id" uuid,
  	"themes_id" uuid,
  	"discussion_questions_id" uuid,
  	"materials_id" uuid,
  	"files_id" uuid,
  	"media_id" uuid,
  	"pages_id" uuid,
  	"municipalities_id" uuid,
  	"organizations_id" uuid,
  	"projects_id" uuid,
  	"sessions_id" uuid,
  	"reports_id" uuid,
  	"experience_cards_id" uuid,
  	"decision_events_id" uuid,
  	"actions_id" uuid,
  	"feedback_responses_id" uuid,
  	"evaluations_id" uuid,
  	"event_verdicts_id" uuid,
  	"event_placements_id" uuid,
  	"subscribers_id" uuid,
  	"newsletters_id" uuid,
  	"workspace_requests_id" uuid,
  	"outbox_messages_id" uuid,
  	"newsletter_deliveries_id" uuid,
  	"signup_attempts_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organization" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "site_settings_contacts_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"linkedin_url" varchar,
  	"mailing_list_url" varchar,
  	"workspace_url" varchar,
  	"workspace_signup_url" varchar,
  	"accessibility_feedback_url" varchar,
  	"sender_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar DEFAULT 'Hyvät väestösuhteet' NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "document_texts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "document_texts_locales" (
  	"invitation_title" varchar,
  	"invitation_letter" varchar,
  	"invitation_date" varchar,
  	"invitation_place" varchar,
  	"invitation_organiser" varchar,
  	"invitation_blank" varchar,
  	"invitation_questions_heading" varchar,
  	"invitation_facilitator_heading" varchar,
  	"invitation_facilitator_guidance" varchar,
  	"invitation_scribe_heading" varchar,
  	"invitation_scribe_guidance" varchar,
  	"scribe_form_title" varchar,
  	"scribe_form_project" varchar,
  	"scribe_form_session" varchar,
  	"scribe_form_population_group" varchar,
  	"scribe_form_language" varchar,
  	"scribe_form_date" varchar,
  	"scribe_form_participants" varchar,
  	"scribe_form_no_names" varchar,
  	"scribe_form_questions_heading" varchar,
  	"scribe_form_notes" varchar,
  	"scribe_form_finnish" varchar,
  	"scribe_form_general" varchar,
  	"scribe_form_positive" varchar,
  	"scribe_form_negative" varchar,
  	"scribe_form_proposals" varchar,
  	"event_invitation_title" varchar,
  	"event_invitation_text" varchar,
  	"event_invitation_date" varchar,
  	"event_invitation_place" varchar,
  	"event_invitation_programme" varchar,
  	"event_invitation_invited" varchar,
  	"grid_title" varchar,
  	"grid_x_axis_low" varchar,
  	"grid_x_axis_high" varchar,
  	"grid_y_axis_low" varchar,
  	"grid_y_axis_high" varchar,
  	"translation_status" "enum_document_texts_translation_status" DEFAULT 'draft' NOT NULL,
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "translation_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"publish_draft_translations" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "languages_locales" ADD CONSTRAINT "languages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."languages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "discussion_questions" ADD CONSTRAINT "discussion_questions_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discussion_questions_locales" ADD CONSTRAINT "discussion_questions_locales_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "discussion_questions_locales" ADD CONSTRAINT "discussion_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."discussion_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_versions" ADD CONSTRAINT "materials_versions_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "materials_versions" ADD CONSTRAINT "materials_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "materials_locales" ADD CONSTRAINT "materials_locales_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "materials_locales" ADD CONSTRAINT "materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v_version_versions" ADD CONSTRAINT "_materials_v_version_versions_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v_version_versions" ADD CONSTRAINT "_materials_v_version_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_materials_v" ADD CONSTRAINT "_materials_v_parent_id_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v_locales" ADD CONSTRAINT "_materials_v_locales_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_materials_v_locales" ADD CONSTRAINT "_materials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "files_locales" ADD CONSTRAINT "files_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_partner_municipalities" ADD CONSTRAINT "municipalities_partner_municipalities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_locales" ADD CONSTRAINT "municipalities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_rels" ADD CONSTRAINT "municipalities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_rels" ADD CONSTRAINT "municipalities_rels_languages_fk" FOREIGN KEY ("languages_id") REFERENCES "public"."languages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_population_groups" ADD CONSTRAINT "projects_population_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_evaluation_plan_division_of_labour" ADD CONSTRAINT "projects_evaluation_plan_division_of_labour_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_previous_round_id_projects_id_fk" FOREIGN KEY ("previous_round_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_languages_fk" FOREIGN KEY ("languages_id") REFERENCES "public"."languages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_language_id_languages_id_fk" FOREIGN KEY ("language_id") REFERENCES "public"."languages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_answers" ADD CONSTRAINT "reports_answers_question_id_discussion_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."discussion_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_answers" ADD CONSTRAINT "reports_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_answers" ADD CONSTRAINT "_reports_v_version_answers_question_id_discussion_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."discussion_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_answers" ADD CONSTRAINT "_reports_v_version_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_session_id_sessions_id_fk" FOREIGN KEY ("version_session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_project_id_projects_id_fk" FOREIGN KEY ("version_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_cards" ADD CONSTRAINT "experience_cards_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_cards" ADD CONSTRAINT "experience_cards_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_cards" ADD CONSTRAINT "experience_cards_source_session_id_sessions_id_fk" FOREIGN KEY ("source_session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_cards" ADD CONSTRAINT "experience_cards_source_report_id_reports_id_fk" FOREIGN KEY ("source_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decision_events_invitees" ADD CONSTRAINT "decision_events_invitees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decision_events_invitees" ADD CONSTRAINT "decision_events_invitees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decision_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decision_events_programme" ADD CONSTRAINT "decision_events_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decision_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decision_events_small_groups" ADD CONSTRAINT "decision_events_small_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decision_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decision_events" ADD CONSTRAINT "decision_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decision_events_locales" ADD CONSTRAINT "decision_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decision_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_updates" ADD CONSTRAINT "actions_updates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_event_id_decision_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."decision_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_event_id_decision_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."decision_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_verdicts" ADD CONSTRAINT "event_verdicts_event_id_decision_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."decision_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_verdicts" ADD CONSTRAINT "event_verdicts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_verdicts" ADD CONSTRAINT "event_verdicts_card_id_experience_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."experience_cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_placements" ADD CONSTRAINT "event_placements_event_id_decision_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."decision_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_placements" ADD CONSTRAINT "event_placements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_placements" ADD CONSTRAINT "event_placements_card_id_experience_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."experience_cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscribers_regions" ADD CONSTRAINT "subscribers_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_audience_languages" ADD CONSTRAINT "newsletters_audience_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_audience_regions" ADD CONSTRAINT "newsletters_audience_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletters_locales" ADD CONSTRAINT "newsletters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_newsletter_id_newsletters_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."newsletters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_languages_fk" FOREIGN KEY ("languages_id") REFERENCES "public"."languages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_discussion_questions_fk" FOREIGN KEY ("discussion_questions_id") REFERENCES "public"."discussion_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sessions_fk" FOREIGN KEY ("sessions_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_experience_cards_fk" FOREIGN KEY ("experience_cards_id") REFERENCES "public"."experience_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_decision_events_fk" FOREIGN KEY ("decision_events_id") REFERENCES "public"."decision_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_responses_fk" FOREIGN KEY ("feedback_responses_id") REFERENCES "public"."feedback_responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluations_fk" FOREIGN KEY ("evaluations_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_verdicts_fk" FOREIGN KEY ("event_verdicts_id") REFERENCES "public"."event_verdicts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_placements_fk" FOREIGN KEY ("event_placements_id") REFERENCES "public"."event_placements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletters_fk" FOREIGN KEY ("newsletters_id") REFERENCES "public"."newsletters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workspace_requests_fk" FOREIGN KEY ("workspace_requests_id") REFERENCES "public"."workspace_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_messages_fk" FOREIGN KEY ("outbox_messages_id") REFERENCES "public"."outbox_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk" FOREIGN KEY ("newsletter_deliveries_id") REFERENCES "public"."newsletter_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signup_attempts_fk" FOREIGN KEY ("signup_attempts_id") REFERENCES "public"."signup_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_contacts" ADD CONSTRAINT "site_settings_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_contacts_locales" ADD CONSTRAINT "site_settings_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_texts_locales" ADD CONSTRAINT "document_texts_locales_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_texts_locales" ADD CONSTRAINT "document_texts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."document_texts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_municipalities_id_idx" ON "users_rels" USING btree ("municipalities_id");
  CREATE UNIQUE INDEX "languages_code_idx" ON "languages" USING btree ("code");
  CREATE INDEX "languages_updated_at_idx" ON "languages" USING btree ("updated_at");
  CREATE INDEX "languages_created_at_idx" ON "languages" USING btree ("created_at");
  CREATE UNIQUE INDEX "languages_locales_locale_parent_id_unique" ON "languages_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "themes_key_idx" ON "themes" USING btree ("key");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE INDEX "themes_reviewed_by_idx" ON "themes_locales" USING btree ("reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "discussion_questions_theme_idx" ON "discussion_questions" USING btree ("theme_id");
  CREATE INDEX "discussion_questions_updated_at_idx" ON "discussion_questions" USING btree ("updated_at");
  CREATE INDEX "discussion_questions_created_at_idx" ON "discussion_questions" USING btree ("created_at");
  CREATE INDEX "discussion_questions_reviewed_by_idx" ON "discussion_questions_locales" USING btree ("reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "discussion_questions_locales_locale_parent_id_unique" ON "discussion_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "materials_versions_order_idx" ON "materials_versions" USING btree ("_order");
  CREATE INDEX "materials_versions_parent_id_idx" ON "materials_versions" USING btree ("_parent_id");
  CREATE INDEX "materials_versions_file_idx" ON "materials_versions" USING btree ("file_id");
  CREATE UNIQUE INDEX "materials_slug_idx" ON "materials" USING btree ("slug");
  CREATE INDEX "materials_updated_at_idx" ON "materials" USING btree ("updated_at");
  CREATE INDEX "materials_created_at_idx" ON "materials" USING btree ("created_at");
  CREATE INDEX "materials__status_idx" ON "materials" USING btree ("_status");
  CREATE INDEX "materials_reviewed_by_idx" ON "materials_locales" USING btree ("reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "materials_locales_locale_parent_id_unique" ON "materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_materials_v_version_versions_order_idx" ON "_materials_v_version_versions" USING btree ("_order");
  CREATE INDEX "_materials_v_version_versions_parent_id_idx" ON "_materials_v_version_versions" USING btree ("_parent_id");
  CREATE INDEX "_materials_v_version_versions_file_idx" ON "_materials_v_version_versions" USING btree ("file_id");
  CREATE INDEX "_materials_v_parent_idx" ON "_materials_v" USING btree ("parent_id");
  CREATE INDEX "_materials_v_version_version_slug_idx" ON "_materials_v" USING btree ("version_slug");
  CREATE INDEX "_materials_v_version_version_updated_at_idx" ON "_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_materials_v_version_version_created_at_idx" ON "_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_materials_v_version_version__status_idx" ON "_materials_v" USING btree ("version__status");
  CREATE INDEX "_materials_v_created_at_idx" ON "_materials_v" USING btree ("created_at");
  CREATE INDEX "_materials_v_updated_at_idx" ON "_materials_v" USING btree ("updated_at");
  CREATE INDEX "_materials_v_snapshot_idx" ON "_materials_v" USING btree ("snapshot");
  CREATE INDEX "_materials_v_published_locale_idx" ON "_materials_v" USING btree ("published_locale");
  CREATE INDEX "_materials_v_latest_idx" ON "_materials_v" USING btree ("latest");
  CREATE INDEX "_materials_v_version_version_reviewed_by_idx" ON "_materials_v_locales" USING btree ("version_reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "_materials_v_locales_locale_parent_id_unique" ON "_materials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE UNIQUE INDEX "files_locales_locale_parent_id_unique" ON "files_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "pages_reviewed_by_idx" ON "pages_locales" USING btree ("reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_version_version_reviewed_by_idx" ON "_pages_v_locales" USING btree ("version_reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "municipalities_partner_municipalities_order_idx" ON "municipalities_partner_municipalities" USING btree ("_order");
  CREATE INDEX "municipalities_partner_municipalities_parent_id_idx" ON "municipalities_partner_municipalities" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "municipalities_name_idx" ON "municipalities" USING btree ("name");
  CREATE INDEX "municipalities_region_idx" ON "municipalities" USING btree ("region");
  CREATE UNIQUE INDEX "municipalities_slug_idx" ON "municipalities" USING btree ("slug");
  CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at");
  CREATE INDEX "municipalities_created_at_idx" ON "municipalities" USING btree ("created_at");
  CREATE UNIQUE INDEX "municipalities_locales_locale_parent_id_unique" ON "municipalities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "municipalities_rels_order_idx" ON "municipalities_rels" USING btree ("order");
  CREATE INDEX "municipalities_rels_parent_idx" ON "municipalities_rels" USING btree ("parent_id");
  CREATE INDEX "municipalities_rels_path_idx" ON "municipalities_rels" USING btree ("path");
  CREATE INDEX "municipalities_rels_languages_id_idx" ON "municipalities_rels" USING btree ("languages_id");
  CREATE INDEX "organizations_municipality_idx" ON "organizations" USING btree ("municipality_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "projects_population_groups_order_idx" ON "projects_population_groups" USING btree ("_order");
  CREATE INDEX "projects_population_groups_parent_id_idx" ON "projects_population_groups" USING btree ("_parent_id");
  CREATE INDEX "projects_evaluation_plan_division_of_labour_order_idx" ON "projects_evaluation_plan_division_of_labour" USING btree ("_order");
  CREATE INDEX "projects_evaluation_plan_division_of_labour_parent_id_idx" ON "projects_evaluation_plan_division_of_labour" USING btree ("_parent_id");
  CREATE INDEX "projects_municipality_idx" ON "projects" USING btree ("municipality_id");
  CREATE INDEX "projects_previous_round_idx" ON "projects" USING btree ("previous_round_id");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects_rels_order_idx" ON "projects_rels" USING btree ("order");
  CREATE INDEX "projects_rels_parent_idx" ON "projects_rels" USING btree ("parent_id");
  CREATE INDEX "projects_rels_path_idx" ON "projects_rels" USING btree ("path");
  CREATE INDEX "projects_rels_organizations_id_idx" ON "projects_rels" USING btree ("organizations_id");
  CREATE INDEX "projects_rels_languages_id_idx" ON "projects_rels" USING btree ("languages_id");
  CREATE INDEX "sessions_project_idx" ON "sessions" USING btree ("project_id");
  CREATE INDEX "sessions_language_idx" ON "sessions" USING btree ("language_id");
  CREATE INDEX "sessions_organization_idx" ON "sessions" USING btree ("organization_id");
  CREATE INDEX "sessions_updated_at_idx" ON "sessions" USING btree ("updated_at");
  CREATE INDEX "sessions_created_at_idx" ON "sessions" USING btree ("created_at");
  CREATE INDEX "reports_answers_order_idx" ON "reports_answers" USING btree ("_order");
  CREATE INDEX "reports_answers_parent_id_idx" ON "reports_answers" USING btree ("_parent_id");
  CREATE INDEX "reports_answers_question_idx" ON "reports_answers" USING btree ("question_id");
  CREATE INDEX "reports_session_idx" ON "reports" USING btree ("session_id");
  CREATE INDEX "reports_project_idx" ON "reports" USING btree ("project_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "_reports_v_version_answers_order_idx" ON "_reports_v_version_answers" USING btree ("_order");
  CREATE INDEX "_reports_v_version_answers_parent_id_idx" ON "_reports_v_version_answers" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_answers_question_idx" ON "_reports_v_version_answers" USING btree ("question_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_session_idx" ON "_reports_v" USING btree ("version_session_id");
  CREATE INDEX "_reports_v_version_version_project_idx" ON "_reports_v" USING btree ("version_project_id");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "experience_cards_project_idx" ON "experience_cards" USING btree ("project_id");
  CREATE INDEX "experience_cards_theme_idx" ON "experience_cards" USING btree ("theme_id");
  CREATE INDEX "experience_cards_source_session_idx" ON "experience_cards" USING btree ("source_session_id");
  CREATE INDEX "experience_cards_source_report_idx" ON "experience_cards" USING btree ("source_report_id");
  CREATE INDEX "experience_cards_updated_at_idx" ON "experience_cards" USING btree ("updated_at");
  CREATE INDEX "experience_cards_created_at_idx" ON "experience_cards" USING btree ("created_at");
  CREATE INDEX "decision_events_invitees_order_idx" ON "decision_events_invitees" USING btree ("_order");
  CREATE INDEX "decision_events_invitees_parent_id_idx" ON "decision_events_invitees" USING btree ("_parent_id");
  CREATE INDEX "decision_events_invitees_organization_idx" ON "decision_events_invitees" USING btree ("organization_id");
  CREATE INDEX "decision_events_programme_order_idx" ON "decision_events_programme" USING btree ("_order");
  CREATE INDEX "decision_events_programme_parent_id_idx" ON "decision_events_programme" USING btree ("_parent_id");
  CREATE INDEX "decision_events_small_groups_order_idx" ON "decision_events_small_groups" USING btree ("_order");
  CREATE INDEX "decision_events_small_groups_parent_id_idx" ON "decision_events_small_groups" USING btree ("_parent_id");
  CREATE INDEX "decision_events_project_idx" ON "decision_events" USING btree ("project_id");
  CREATE INDEX "decision_events_board_token_idx" ON "decision_events" USING btree ("board_token");
  CREATE INDEX "decision_events_survey_token_idx" ON "decision_events" USING btree ("survey_token");
  CREATE INDEX "decision_events_updated_at_idx" ON "decision_events" USING btree ("updated_at");
  CREATE INDEX "decision_events_created_at_idx" ON "decision_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "decision_events_locales_locale_parent_id_unique" ON "decision_events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "actions_updates_order_idx" ON "actions_updates" USING btree ("_order");
  CREATE INDEX "actions_updates_parent_id_idx" ON "actions_updates" USING btree ("_parent_id");
  CREATE INDEX "actions_event_idx" ON "actions" USING btree ("event_id");
  CREATE INDEX "actions_project_idx" ON "actions" USING btree ("project_id");
  CREATE INDEX "actions_municipality_idx" ON "actions" USING btree ("municipality_id");
  CREATE INDEX "actions_updated_at_idx" ON "actions" USING btree ("updated_at");
  CREATE INDEX "actions_created_at_idx" ON "actions" USING btree ("created_at");
  CREATE INDEX "actions_rels_order_idx" ON "actions_rels" USING btree ("order");
  CREATE INDEX "actions_rels_parent_idx" ON "actions_rels" USING btree ("parent_id");
  CREATE INDEX "actions_rels_path_idx" ON "actions_rels" USING btree ("path");
  CREATE INDEX "actions_rels_organizations_id_idx" ON "actions_rels" USING btree ("organizations_id");
  CREATE INDEX "feedback_responses_event_idx" ON "feedback_responses" USING btree ("event_id");
  CREATE INDEX "feedback_responses_project_idx" ON "feedback_responses" USING btree ("project_id");
  CREATE INDEX "feedback_responses_updated_at_idx" ON "feedback_responses" USING btree ("updated_at");
  CREATE INDEX "feedback_responses_created_at_idx" ON "feedback_responses" USING btree ("created_at");
  CREATE INDEX "evaluations_project_idx" ON "evaluations" USING btree ("project_id");
  CREATE INDEX "evaluations_action_idx" ON "evaluations" USING btree ("action_id");
  CREATE INDEX "evaluations_updated_at_idx" ON "evaluations" USING btree ("updated_at");
  CREATE INDEX "evaluations_created_at_idx" ON "evaluations" USING btree ("created_at");
  CREATE INDEX "event_verdicts_event_idx" ON "event_verdicts" USING btree ("event_id");
  CREATE INDEX "event_verdicts_project_idx" ON "event_verdicts" USING btree ("project_id");
  CREATE INDEX "event_verdicts_card_idx" ON "event_verdicts" USING btree ("card_id");
  CREATE INDEX "event_verdicts_updated_at_idx" ON "event_verdicts" USING btree ("updated_at");
  CREATE INDEX "event_verdicts_created_at_idx" ON "event_verdicts" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_card_group_idx" ON "event_verdicts" USING btree ("event_id","card_id","group");
  CREATE INDEX "event_placements_event_idx" ON "event_placements" USING btree ("event_id");
  CREATE INDEX "event_placements_project_idx" ON "event_placements" USING btree ("project_id");
  CREATE INDEX "event_placements_card_idx" ON "event_placements" USING btree ("card_id");
  CREATE INDEX "event_placements_updated_at_idx" ON "event_placements" USING btree ("updated_at");
  CREATE INDEX "event_placements_created_at_idx" ON "event_placements" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_card_group_1_idx" ON "event_placements" USING btree ("event_id","card_id","group");
  CREATE INDEX "subscribers_regions_order_idx" ON "subscribers_regions" USING btree ("order");
  CREATE INDEX "subscribers_regions_parent_idx" ON "subscribers_regions" USING btree ("parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "newsletters_audience_languages_order_idx" ON "newsletters_audience_languages" USING btree ("order");
  CREATE INDEX "newsletters_audience_languages_parent_idx" ON "newsletters_audience_languages" USING btree ("parent_id");
  CREATE INDEX "newsletters_audience_regions_order_idx" ON "newsletters_audience_regions" USING btree ("order");
  CREATE INDEX "newsletters_audience_regions_parent_idx" ON "newsletters_audience_regions" USING btree ("parent_id");
  CREATE INDEX "newsletters_updated_at_idx" ON "newsletters" USING btree ("updated_at");
  CREATE INDEX "newsletters_created_at_idx" ON "newsletters" USING btree ("created_at");
  CREATE UNIQUE INDEX "newsletters_locales_locale_parent_id_unique" ON "newsletters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "workspace_requests_updated_at_idx" ON "workspace_requests" USING btree ("updated_at");
  CREATE INDEX "workspace_requests_created_at_idx" ON "workspace_requests" USING btree ("created_at");
  CREATE INDEX "outbox_messages_to_idx" ON "outbox_messages" USING btree ("to");
  CREATE INDEX "outbox_messages_updated_at_idx" ON "outbox_messages" USING btree ("updated_at");
  CREATE INDEX "outbox_messages_created_at_idx" ON "outbox_messages" USING btree ("created_at");
  CREATE INDEX "newsletter_deliveries_newsletter_idx" ON "newsletter_deliveries" USING btree ("newsletter_id");
  CREATE UNIQUE INDEX "newsletter_deliveries_idempotency_key_idx" ON "newsletter_deliveries" USING btree ("idempotency_key");
  CREATE INDEX "newsletter_deliveries_updated_at_idx" ON "newsletter_deliveries" USING btree ("updated_at");
  CREATE INDEX "newsletter_deliveries_created_at_idx" ON "newsletter_deliveries" USING btree ("created_at");
  CREATE INDEX "signup_attempts_key_hash_idx" ON "signup_attempts" USING btree ("key_hash");
  CREATE INDEX "signup_attempts_updated_at_idx" ON "signup_attempts" USING btree ("updated_at");
  CREATE INDEX "signup_attempts_created_at_idx" ON "signup_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
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
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_languages_id_idx" ON "payload_locked_documents_rels" USING btree ("languages_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_discussion_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("discussion_questions_id");
  CREATE INDEX "payload_locked_documents_rels_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("materials_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_municipalities_id_idx" ON "payload_locked_documents_rels" USING btree ("municipalities_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("sessions_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_experience_cards_id_idx" ON "payload_locked_documents_rels" USING btree ("experience_cards_id");
  CREATE INDEX "payload_locked_documents_rels_decision_events_id_idx" ON "payload_locked_documents_rels" USING btree ("decision_events_id");
  CREATE INDEX "payload_locked_documents_rels_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("actions_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_responses_id");
  CREATE INDEX "payload_locked_documents_rels_evaluations_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluations_id");
  CREATE INDEX "payload_locked_documents_rels_event_verdicts_id_idx" ON "payload_locked_documents_rels" USING btree ("event_verdicts_id");
  CREATE INDEX "payload_locked_documents_rels_event_placements_id_idx" ON "payload_locked_documents_rels" USING btree ("event_placements_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_newsletters_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletters_id");
  CREATE INDEX "payload_locked_documents_rels_workspace_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("workspace_requests_id");
  CREATE INDEX "payload_locked_documents_rels_outbox_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_messages_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_signup_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("signup_attempts_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_contacts_order_idx" ON "site_settings_contacts" USING btree ("_order");
  CREATE INDEX "site_settings_contacts_parent_id_idx" ON "site_settings_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_contacts_locales_locale_parent_id_unique" ON "site_settings_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "document_texts_reviewed_by_idx" ON "document_texts_locales" USING btree ("reviewed_by_id","_locale");
  CREATE UNIQUE INDEX "document_texts_locales_locale_parent_id_unique" ON "document_texts_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "languages" CASCADE;
  DROP TABLE "languages_locales" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  DROP TABLE "discussion_questions" CASCADE;
  DROP TABLE "discussion_questions_locales" CASCADE;
  DROP TABLE "materials_versions" CASCADE;
  DROP TABLE "materials" CASCADE;
  DROP TABLE "materials_locales" CASCADE;
  DROP TABLE "_materials_v_version_versions" CASCADE;
  DROP TABLE "_materials_v" CASCADE;
  DROP TABLE "_materials_v_locales" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "files_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "municipalities_partner_municipalities" CASCADE;
  DROP TABLE "municipalities" CASCADE;
  DROP TABLE "municipalities_locales" CASCADE;
  DROP TABLE "municipalities_rels" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "projects_population_groups" CASCADE;
  DROP TABLE "projects_evaluation_plan_division_of_labour" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_rels" CASCADE;
  DROP TABLE "sessions" CASCADE;
  DROP TABLE "reports_answers" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "_reports_v_version_answers" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "experience_cards" CASCADE;
  DROP TABLE "decision_events_invitees" CASCADE;
  DROP TABLE "decision_events_programme" CASCADE;
  DROP TABLE "decision_events_small_groups" CASCADE;
  DROP TABLE "decision_events" CASCADE;
  DROP TABLE "decision_events_locales" CASCADE;
  DROP TABLE "actions_updates" CASCADE;
  DROP TABLE "actions" CASCADE;
  DROP TABLE "actions_rels" CASCADE;
  DROP TABLE "feedback_responses" CASCADE;
  DROP TABLE "evaluations" CASCADE;
  DROP TABLE "event_verdicts" CASCADE;
  DROP TABLE "event_placements" CASCADE;
  DROP TABLE "subscribers_regions" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "newsletters_audience_languages" CASCADE;
  DROP TABLE "newsletters_audience_regions" CASCADE;
  DROP TABLE "newsletters" CASCADE;
  DROP TABLE "newsletters_locales" CASCADE;
  DROP TABLE "workspace_requests" CASCADE;
  DROP TABLE "outbox_messages" CASCADE;
  DROP TABLE "newsletter_deliveries" CASCADE;
  DROP TABLE "signup_attempts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_contacts" CASCADE;
  DROP TABLE "site_settings_contacts_locales" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "document_texts" CASCADE;
  DROP TABLE "document_texts_locales" CASCADE;
  DROP TABLE "translation_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_languages_direction";
  DROP TYPE "public"."enum_themes_key";
  DROP TYPE "public"."enum_themes_translation_status";
  DROP TYPE "public"."enum_discussion_questions_translation_status";
  DROP TYPE "public"."enum_materials_versions_language";
  DROP TYPE "public"."enum_materials_versions_translation_status";
  DROP TYPE "public"."enum_materials_part";
  DROP TYPE "public"."enum_materials_kind";
  DROP TYPE "public"."enum_materials_status";
  DROP TYPE "public"."enum_materials_translation_status";
  DROP TYPE "public"."enum__materials_v_version_versions_language";
  DROP TYPE "public"."enum__materials_v_version_versions_translation_status";
  DROP TYPE "public"."enum__materials_v_version_part";
  DROP TYPE "public"."enum__materials_v_version_kind";
  DROP TYPE "public"."enum__materials_v_version_status";
  DROP TYPE "public"."enum__materials_v_published_locale";
  DROP TYPE "public"."enum__materials_v_version_translation_status";
  DROP TYPE "public"."enum_files_language";
  DROP TYPE "public"."enum_pages_kind";
  DROP TYPE "public"."enum_pages_part";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum_pages_translation_status";
  DROP TYPE "public"."enum__pages_v_version_kind";
  DROP TYPE "public"."enum__pages_v_version_part";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum__pages_v_version_translation_status";
  DROP TYPE "public"."enum_municipalities_region";
  DROP TYPE "public"."enum_municipalities_phase";
  DROP TYPE "public"."enum_organizations_type";
  DROP TYPE "public"."enum_projects_stage";
  DROP TYPE "public"."enum_sessions_status";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum_experience_cards_tone";
  DROP TYPE "public"."enum_decision_events_invitees_group";
  DROP TYPE "public"."enum_decision_events_status";
  DROP TYPE "public"."enum_actions_status";
  DROP TYPE "public"."enum_feedback_responses_language";
  DROP TYPE "public"."enum_feedback_responses_respondent_group";
  DROP TYPE "public"."enum_feedback_responses_data_collection_effect";
  DROP TYPE "public"."enum_feedback_responses_event_effect";
  DROP TYPE "public"."enum_evaluations_status";
  DROP TYPE "public"."enum_evaluations_impact";
  DROP TYPE "public"."enum_event_verdicts_verdict";
  DROP TYPE "public"."enum_subscribers_regions";
  DROP TYPE "public"."enum_subscribers_language";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_newsletters_audience_languages";
  DROP TYPE "public"."enum_newsletters_audience_regions";
  DROP TYPE "public"."enum_newsletters_kind";
  DROP TYPE "public"."enum_newsletters_status";
  DROP TYPE "public"."enum_workspace_requests_language";
  DROP TYPE "public"."enum_workspace_requests_status";
  DROP TYPE "public"."enum_newsletter_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_document_texts_translation_status";`)
}
