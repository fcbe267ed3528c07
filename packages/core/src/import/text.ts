// Lenient text matching for headers, sheet names and cell values. Bureaus type in Chinese input methods, so
// full-width digits, brackets and colons (０-９, （）, ：) and stray spaces or line breaks are normal.

/** Full-width → half-width (NFKC also turns ㎡ into m2), all whitespace removed. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/** Full-width → half-width, surrounding whitespace trimmed, inner runs of whitespace kept as one space. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Excel column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
