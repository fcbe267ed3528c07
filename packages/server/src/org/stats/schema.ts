import { z } from 'zod';

export const schoolYearSchema = z
  .string()
  .regex(/^(\d{4})-(\d{4})$/, 'school year like 2024-2025 / 学年格式如 2024-2025');

const count = z.number().int().min(0);
const area = z.number().min(0);

export const statsBody = z.object({
  primaryStudents: count,
  juniorStudents: count,
  seniorStudents: count.default(0),
  primaryClasses: count,
  juniorClasses: count,
  teachingAuxArea: area,
  indoorSportsArea: area,
  sportsGroundArea: area,
  equipmentValue: z.number().int().min(0),
  computers: count,
  multimediaClassrooms: count,
  books: count,
  musicRooms: count.nullable().default(null),
  artRooms: count.nullable().default(null),
});
export type StatsInput = z.infer<typeof statsBody>;
