import { z } from 'zod';
import { DomainError } from './errors';

// Lists (docs/api.md, Conventions): page is 1-based, pageSize defaults to 20, at most 500.
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  sort: z.string().max(64).optional(),
};

export interface Paging {
  page: number;
  pageSize: number;
}

export interface Sort<F extends string> {
  field: F;
  desc: boolean;
}

/** `-name` → { field: 'name', desc: true }; an unknown field is a validation error, never passed to SQL. */
export function parseSort<F extends string>(
  sort: string | undefined,
  fields: readonly F[],
  fallback: F,
): Sort<F> {
  if (!sort) return { field: fallback, desc: false };
  const desc = sort.startsWith('-');
  const name = desc ? sort.slice(1) : sort;
  if (!(fields as readonly string[]).includes(name)) {
    throw new DomainError('VALIDATION_FAILED', `unknown sort field: ${name}`, { allowed: fields });
  }
  return { field: name as F, desc };
}

export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
