CREATE TABLE "activities" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"term_id" text,
	"school_year" text NOT NULL,
	"title" text,
	"community_id" uuid,
	"host_school_id" uuid NOT NULL,
	"researcher_patch_id" uuid,
	"master_studio_id" uuid,
	"people_count" integer,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lessons_observed" integer,
	"rural_quality" boolean DEFAULT false NOT NULL,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "activities_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_schools" (
	"county_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "activity_schools_county_id_activity_id_school_id_pk" PRIMARY KEY("county_id","activity_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "bundled_inputs" (
	"county_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"community_id" uuid NOT NULL,
	"entered" jsonb NOT NULL,
	"rotations_expected" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "bundled_inputs_county_id_school_year_community_id_pk" PRIMARY KEY("county_id","school_year","community_id")
);
--> statement-breakpoint
CREATE TABLE "bundled_results" (
	"county_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"scheme" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" uuid,
	"computed_by_name" text NOT NULL,
	CONSTRAINT "bundled_results_county_id_school_year_pk" PRIMARY KEY("county_id","school_year")
);
--> statement-breakpoint
CREATE TABLE "bundled_schemes" (
	"county_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"scheme" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "bundled_schemes_county_id_school_year_pk" PRIMARY KEY("county_id","school_year")
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"lead_school_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"charter_text" text,
	"charter_file" text,
	"origin" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "communities_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "community_memberships" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_name" text NOT NULL,
	CONSTRAINT "community_memberships_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "community_proposals" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"params" jsonb NOT NULL,
	"proposal" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"accepted_by_name" text,
	CONSTRAINT "community_proposals_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "community_settings" (
	"county_id" uuid NOT NULL,
	"rules" jsonb,
	"compliance_rules" jsonb,
	"calendar" jsonb,
	"reminder_days" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "community_settings_county_id_pk" PRIMARY KEY("county_id")
);
--> statement-breakpoint
CREATE TABLE "master_studios" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"leader_id" text NOT NULL,
	"leader_name" text,
	"school_id" uuid NOT NULL,
	"community_id" uuid,
	"subject" text,
	"start_on" date NOT NULL,
	"end_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "master_studios_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentorship_pairs" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"mentor_id" text NOT NULL,
	"mentor_name" text,
	"mentee_id" text NOT NULL,
	"mentee_name" text,
	"mentor_school_id" uuid NOT NULL,
	"mentee_school_id" uuid NOT NULL,
	"community_id" uuid,
	"subject" text,
	"start_on" date NOT NULL,
	"end_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "mentorship_pairs_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "researcher_patch_schools" (
	"county_id" uuid NOT NULL,
	"patch_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "researcher_patch_schools_county_id_patch_id_school_id_pk" PRIMARY KEY("county_id","patch_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "researcher_patches" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "researcher_patches_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_county_id_community_id_communities_county_id_id_fk" FOREIGN KEY ("county_id","community_id") REFERENCES "public"."communities"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_county_id_host_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","host_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_county_id_researcher_patch_id_researcher_patches_county_id_id_fk" FOREIGN KEY ("county_id","researcher_patch_id") REFERENCES "public"."researcher_patches"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_county_id_master_studio_id_master_studios_county_id_id_fk" FOREIGN KEY ("county_id","master_studio_id") REFERENCES "public"."master_studios"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_schools" ADD CONSTRAINT "activity_schools_county_id_activity_id_activities_county_id_id_fk" FOREIGN KEY ("county_id","activity_id") REFERENCES "public"."activities"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_schools" ADD CONSTRAINT "activity_schools_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundled_inputs" ADD CONSTRAINT "bundled_inputs_county_id_community_id_communities_county_id_id_fk" FOREIGN KEY ("county_id","community_id") REFERENCES "public"."communities"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundled_results" ADD CONSTRAINT "bundled_results_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundled_schemes" ADD CONSTRAINT "bundled_schemes_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_county_id_lead_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","lead_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_county_id_community_id_communities_county_id_id_fk" FOREIGN KEY ("county_id","community_id") REFERENCES "public"."communities"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_memberships" ADD CONSTRAINT "community_memberships_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_proposals" ADD CONSTRAINT "community_proposals_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_settings" ADD CONSTRAINT "community_settings_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "master_studios" ADD CONSTRAINT "master_studios_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "master_studios" ADD CONSTRAINT "master_studios_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "master_studios" ADD CONSTRAINT "master_studios_county_id_community_id_communities_county_id_id_fk" FOREIGN KEY ("county_id","community_id") REFERENCES "public"."communities"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_pairs" ADD CONSTRAINT "mentorship_pairs_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_pairs" ADD CONSTRAINT "mentorship_pairs_county_id_mentor_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","mentor_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_pairs" ADD CONSTRAINT "mentorship_pairs_county_id_mentee_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","mentee_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_pairs" ADD CONSTRAINT "mentorship_pairs_county_id_community_id_communities_county_id_id_fk" FOREIGN KEY ("county_id","community_id") REFERENCES "public"."communities"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "researcher_patch_schools" ADD CONSTRAINT "researcher_patch_schools_county_id_patch_id_researcher_patches_county_id_id_fk" FOREIGN KEY ("county_id","patch_id") REFERENCES "public"."researcher_patches"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "researcher_patch_schools" ADD CONSTRAINT "researcher_patch_schools_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "researcher_patches" ADD CONSTRAINT "researcher_patches_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_county_date" ON "activities" USING btree ("county_id","date");--> statement-breakpoint
CREATE INDEX "activities_community" ON "activities" USING btree ("county_id","community_id");--> statement-breakpoint
CREATE INDEX "activities_host" ON "activities" USING btree ("county_id","host_school_id");--> statement-breakpoint
CREATE INDEX "activity_schools_school" ON "activity_schools" USING btree ("county_id","school_id");--> statement-breakpoint
CREATE INDEX "communities_county_kind" ON "communities" USING btree ("county_id","kind");--> statement-breakpoint
CREATE INDEX "community_memberships_community" ON "community_memberships" USING btree ("county_id","community_id");--> statement-breakpoint
CREATE INDEX "community_memberships_school" ON "community_memberships" USING btree ("county_id","school_id");--> statement-breakpoint
CREATE INDEX "mentorship_pairs_community" ON "mentorship_pairs" USING btree ("county_id","community_id");