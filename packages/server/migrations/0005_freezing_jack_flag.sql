ALTER TABLE "users" ADD COLUMN "teacher_code" text;--> statement-breakpoint
-- Teacher accounts made before this column were linked to the roster by username = teacher code.
UPDATE "users" SET "teacher_code" = "username" WHERE "role" = 'teacher';
