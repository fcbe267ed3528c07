export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields an audit entry changed (product.md: every write is audited with before and after). A create has no
 * `before` and a delete no `after`, so every field shows; a non-object snapshot is one change named `''`.
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if (!isRecord(b) && !isRecord(a)) return same(b, a) ? [] : [{ field: '', before: b, after: a }];
  const left = isRecord(b) ? b : {};
  const right = isRecord(a) ? a : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields
    .filter((field) => !same(left[field], right[field]))
    .map((field) => ({ field, before: left[field], after: right[field] }));
}

/** A snapshot value as text: strings as they are, absent values as a dash, anything else as JSON. */
export function snapshotText(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
