CREATE TABLE "class_rows" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"stage" text NOT NULL,
	"grade" integer NOT NULL,
	"class_name" text NOT NULL,
	"students" integer NOT NULL,
	CONSTRAINT "class_rows_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_runs" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"school_year" text NOT NULL,
	"standard" text NOT NULL,
	"standard_version" text NOT NULL,
	"fingerprint" text NOT NULL,
	"summary" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	CONSTRAINT "evaluation_runs_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"file_name" text,
	"fingerprint" text NOT NULL,
	"school_years" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"replaced" jsonb,
	CONSTRAINT "import_runs_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
ALTER TABLE "class_rows" ADD CONSTRAINT "class_rows_county_id_school_id_schools_county_id_id_fk" FOREIGN KEY ("county_id","school_id") REFERENCES "public"."schools"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_runs" ADD CONSTRAINT "evaluation_runs_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "class_rows_county_year" ON "class_rows" USING btree ("county_id","school_year");--> statement-breakpoint
CREATE INDEX "evaluation_runs_county_year" ON "evaluation_runs" USING btree ("county_id","school_year","standard","at");--> statement-breakpoint
CREATE INDEX "import_runs_county_at" ON "import_runs" USING btree ("county_id","at");