import { BASIC_2012 } from './basic-2012';
import { QUALITY_2017 } from './quality-2017';
import type { Standard } from './types';

export type StandardId = 'basic-2012' | 'quality-2017';

/** The national standards by id (the `standard` field of the evaluation output). */
export const STANDARDS: Readonly<Record<StandardId, Standard>> = {
  'basic-2012': BASIC_2012,
  'quality-2017': QUALITY_2017,
};

export function standardById(id: string): Standard | undefined {
  return (STANDARDS as Record<string, Standard>)[id];
}
