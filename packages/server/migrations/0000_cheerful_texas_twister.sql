CREATE TABLE "cities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "cities_division_code_unique" UNIQUE("division_code")
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" text NOT NULL,
	"name" text NOT NULL,
	"city_id" uuid NOT NULL,
	CONSTRAINT "counties_division_code_unique" UNIQUE("division_code")
);
--> statement-breakpoint
CREATE TABLE "school_year_stats" (
	"county_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"primary_students" integer NOT NULL,
	"junior_students" integer NOT NULL,
	"senior_students" integer NOT NULL,
	"primary_classes" integer NOT NULL,
	"junior_classes" integer NOT NULL,
	"teaching_aux_area" double precision NOT NULL,
	"indoor_sports_area" double precision NOT NULL,
	"sports_ground_area" double precision NOT NULL,
	"equipment_value" bigint NOT NULL,
	"computers" integer NOT NULL,
	"multimedia_classrooms" integer NOT NULL,
	"books" integer NOT NULL,
	"music_rooms" integer,
	"art_rooms" integer,
	CONSTRAINT "school_year_stats_county_id_school_id_school_year_pk" PRIMARY KEY("county_id","school_id","school_year")
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_code" text NOT NULL,
	"name" text NOT NULL,
	"township_id" uuid,
	"school_type" text NOT NULL,
	"ownership" text NOT NULL,
	"run_by" text NOT NULL,
	"urban_rural_code" text NOT NULL,
	"urban_rural" text NOT NULL,
	"weak" boolean DEFAULT false NOT NULL,
	"parent_school_id" uuid,
	"lng" double precision,
	"lat" double precision,
	CONSTRAINT "schools_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "teachers" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_year" text NOT NULL,
	"teacher_code" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_month" text NOT NULL,
	"school_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"employer_school_id" uuid,
	"education" text NOT NULL,
	"title" text NOT NULL,
	"backbone_level" text,
	"subject" text NOT NULL,
	"full_time" boolean NOT NULL,
	"certified" boolean NOT NULL,
	"at_school_since" text NOT NULL,
	"post" text NOT NULL,
	CONSTRAINT "teachers_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "townships" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "townships_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"city_id" uuid,
	"county_id" uuid,
	"school_id" uuid,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"county_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_year_stats" ADD CONSTRAINT "school_year_stats_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_county_id_township_id_townships_county_id_id_fk" FOREIGN KEY ("county_id","township_id") REFERENCES "public"."townships"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_county_id_parent_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","parent_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teachers" ADD CONSTRAINT "teachers_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teachers" ADD CONSTRAINT "teachers_county_id_employer_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","employer_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "townships" ADD CONSTRAINT "townships_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "schools_county_code" ON "schools" USING btree ("county_id","school_code");--> statement-breakpoint
CREATE INDEX "schools_county_name" ON "schools" USING btree ("county_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "teachers_county_year_code" ON "teachers" USING btree ("county_id","school_year","teacher_code");--> statement-breakpoint
CREATE INDEX "teachers_county_school_year" ON "teachers" USING btree ("county_id","school_id","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "townships_county_name" ON "townships" USING btree ("county_id","name");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_county_at" ON "audit_log" USING btree ("county_id","at");--> statement-breakpoint
CREATE INDEX "audit_at" ON "audit_log" USING btree ("at");