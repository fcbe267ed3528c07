// Writes the province-as-one-county workbook to a file (bench helper, run as a child by profile.ts).
// Usage: tsx bench/import/write-province.ts <file.xlsx> [counties]
import { provinceAsOneCounty } from './province-county';
import { writeCountyWorkbookStreaming } from './stream-workbook';

const [file, counties] = process.argv.slice(2);
if (!file) throw new Error('usage: write-province.ts <file.xlsx> [counties]');
const { rows } = await writeCountyWorkbookStreaming(
  provinceAsOneCounty({ counties: Number(counties ?? 183) }),
  file,
);
console.log(`wrote ${file}: ${JSON.stringify(rows)}`);
