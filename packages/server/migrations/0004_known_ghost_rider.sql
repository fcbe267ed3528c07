CREATE TABLE "stored_files" (
	"county_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_name" text NOT NULL,
	CONSTRAINT "stored_files_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_files" (
	"county_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "activity_files_county_id_activity_id_file_id_pk" PRIMARY KEY("county_id","activity_id","file_id")
);
--> statement-breakpoint
ALTER TABLE "communities" ADD COLUMN "charter_file_id" uuid;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_files" ADD CONSTRAINT "activity_files_county_id_activity_id_activities_county_id_id_fk" FOREIGN KEY ("county_id","activity_id") REFERENCES "public"."activities"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_files" ADD CONSTRAINT "activity_files_county_id_file_id_stored_files_county_id_id_fk" FOREIGN KEY ("county_id","file_id") REFERENCES "public"."stored_files"("county_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_files_file" ON "activity_files" USING btree ("county_id","file_id");--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_county_id_charter_file_id_stored_files_county_id_id_fk" FOREIGN KEY ("county_id","charter_file_id") REFERENCES "public"."stored_files"("county_id","id") ON DELETE no action ON UPDATE no action;