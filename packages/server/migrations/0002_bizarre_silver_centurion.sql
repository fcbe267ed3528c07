CREATE TABLE "rotation_assignments" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"teacher_code" text NOT NULL,
	"teacher_name" text NOT NULL,
	"stage" text NOT NULL,
	"subject" text NOT NULL,
	"backbone" boolean NOT NULL,
	"from_school_id" uuid NOT NULL,
	"to_school_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stint_months" integer NOT NULL,
	"road_km" double precision,
	"fills_shortage" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"arrived_at" timestamp with time zone,
	CONSTRAINT "rotation_assignments_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "rotation_campaigns" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"school_year" text NOT NULL,
	"campaign_month" text NOT NULL,
	"policy_spec" jsonb NOT NULL,
	"policy" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"plan" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "rotation_campaigns_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "rotation_exemptions" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"teacher_code" text NOT NULL,
	"rule" text NOT NULL,
	"evidence" text NOT NULL,
	"last_rotation_end" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	CONSTRAINT "rotation_exemptions_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
ALTER TABLE "rotation_assignments" ADD CONSTRAINT "rotation_assignments_county_id_campaign_id_rotation_campaigns_county_id_id_fk" FOREIGN KEY ("county_id","campaign_id") REFERENCES "public"."rotation_campaigns"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_assignments" ADD CONSTRAINT "rotation_assignments_county_id_from_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","from_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_assignments" ADD CONSTRAINT "rotation_assignments_county_id_to_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","to_school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_campaigns" ADD CONSTRAINT "rotation_campaigns_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_exemptions" ADD CONSTRAINT "rotation_exemptions_county_id_campaign_id_rotation_campaigns_county_id_id_fk" FOREIGN KEY ("county_id","campaign_id") REFERENCES "public"."rotation_campaigns"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_assignments_campaign_teacher" ON "rotation_assignments" USING btree ("county_id","campaign_id","teacher_code");--> statement-breakpoint
CREATE INDEX "rotation_assignments_from" ON "rotation_assignments" USING btree ("county_id","from_school_id");--> statement-breakpoint
CREATE INDEX "rotation_assignments_to" ON "rotation_assignments" USING btree ("county_id","to_school_id");--> statement-breakpoint
CREATE INDEX "rotation_campaigns_county_year" ON "rotation_campaigns" USING btree ("county_id","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_exemptions_campaign_teacher_rule" ON "rotation_exemptions" USING btree ("county_id","campaign_id","teacher_code","rule");