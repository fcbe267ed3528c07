import { z } from 'zod';
import { roleSchema } from '../auth/roles';
import { pagingQuery } from '../shared/paging';

export const userListQuery = z.object({
  ...pagingQuery,
  q: z.string().max(100).optional(),
  role: roleSchema.optional(),
});

const teacherCode = z.string().trim().min(1).max(32);

export const createUserBody = z.object({
  username: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/),
  displayName: z.string().min(1).max(100),
  role: roleSchema,
  cityId: z.uuid().nullish(),
  countyId: z.uuid().nullish(),
  schoolId: z.uuid().nullish(),
  /** Teacher accounts: the teacher's code on the school's roster (教师编号). */
  teacherCode: teacherCode.nullish(),
  password: z.string().min(10).max(200).optional(),
});

export const updateUserBody = z.object({
  displayName: z.string().min(1).max(100).optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  teacherCode: teacherCode.nullable().optional(),
  resetPassword: z.boolean().optional(),
});

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type UserListQuery = z.infer<typeof userListQuery>;
