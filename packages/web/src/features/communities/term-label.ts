import { parseTermId } from './select';
import type { CommunityT } from './use-community-t';

/** `2026-2027-1` → `2026-2027学年第1学期` / `2026-2027, term 1`. */
export function termLabel(ct: CommunityT, id: string): string {
  const p = parseTermId(id);
  return p ? ct('activities.termLabel', { year: p.schoolYear, n: p.index }) : id;
}
