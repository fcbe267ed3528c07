// Types of the file, edited-proposal, school-result and community-map answers (docs/api.md, Communities).
import type { BundledScheme } from '@junheng/core';

/** An uploaded file as the API lists it (a charter, an activity's attachment). */
export interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string;
}

/** One group of an edited proposal as it is to be stored. */
export interface AcceptGroup {
  leadSchoolId: string;
  memberSchoolIds: string[];
  name?: string;
}

export interface ProposalEdits {
  leadsAdded: string[];
  leadsRemoved: string[];
  moved: { school: string; from: string | null; to: string | null }[];
}

/** EVA-2 for one school: its community's result and its own part (GET /communities/evaluation/results/school). */
export interface SchoolResultAnswer {
  countyId: string;
  schoolYear: string;
  computedAt: string;
  school: { id: string; code: string; name: string };
  communityCount: number;
  scheme: BundledScheme;
  items: {
    community: { id: string; name: string };
    role: 'lead' | 'member';
    communityScore: number;
    effortScore: number | null;
    improvementScore: number | null;
    nodeScores: Record<string, number>;
    missing: string[];
    rank: number;
    contribution: number;
    assessmentShare: { basis: string; basisScore: number; points: number } | null;
  }[];
}

/** The schools of one community with coordinates (GET /communities/:id/schools), for its map. */
export interface CommunitySchoolsAnswer {
  community: { id: string; name: string };
  onDate: string;
  items: {
    id: string;
    code: string;
    name: string;
    urbanRural: string;
    lng: number | null;
    lat: number | null;
    role: 'lead' | 'member';
    current: boolean;
  }[];
}
