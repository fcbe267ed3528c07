// The calendar day a request is about. The bureau works on China time (UTC+8, no daylight saving), so "today"
// is the UTC+8 date of the injected clock, never the server's local zone.
import { z } from 'zod';
import { isIsoDate } from '@junheng/core';
import type { Clock } from '../shared/clock';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function today(clock: Clock): string {
  return new Date(clock().getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'date like 2025-09-01 / 日期格式如 2025-09-01' });

export const termIdSchema = z
  .string()
  .regex(/^\d{4}-\d{4}-[12]$/, 'term id like 2024-2025-1 / 学期格式如 2024-2025-1');
