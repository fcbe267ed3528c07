// School selectors and distances: the pieces directions and scope are built from.
import type { School } from '../org/types';
import { urbanRuralOf } from '../org/types';
import type { SchoolSelector } from './types';

export function matchesSelector(
  school: Pick<School, 'urbanRuralCode' | 'schoolType' | 'weak'>,
  selector: SchoolSelector,
): boolean {
  if (
    selector.urbanRural !== undefined &&
    !selector.urbanRural.includes(urbanRuralOf(school.urbanRuralCode))
  ) {
    return false;
  }
  if (selector.urbanRuralCodes !== undefined && !selector.urbanRuralCodes.includes(school.urbanRuralCode)) {
    return false;
  }
  if (selector.schoolTypes !== undefined && !selector.schoolTypes.includes(school.schoolType)) return false;
  if (selector.weak !== undefined && school.weak !== selector.weak) return false;
  return true;
}
