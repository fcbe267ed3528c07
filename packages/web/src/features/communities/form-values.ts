/** A text field's value for the API: trimmed, and null when nothing is left (an optional field cleared). */
export const optionalText = (s: string | null | undefined): string | null =>
  s && s.trim() !== '' ? s.trim() : null;
