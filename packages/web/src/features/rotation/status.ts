// Which buttons a campaign shows: the server decides (docs/api.md, Rotation), the page only offers what the
// server would accept for this status and role.
import { scopeLevelOf, type Role } from '@junheng/core';
import type { CampaignAction, CampaignStatus } from './types';

const manages = (role: Role) => role === 'admin' || role === 'county';
const approves = (role: Role) => manages(role) || role === 'city';

const ACTIONS: Record<CampaignAction, { from: CampaignStatus; allowed: (role: Role) => boolean }> = {
  submit: { from: 'planned', allowed: manages },
  approve: { from: 'submitted', allowed: approves },
  reject: { from: 'submitted', allowed: approves },
  publish: { from: 'approved', allowed: approves },
  complete: { from: 'published', allowed: manages },
};

export function availableActions(status: CampaignStatus, role: Role): CampaignAction[] {
  return (Object.keys(ACTIONS) as CampaignAction[]).filter(
    (a) => ACTIONS[a].from === status && ACTIONS[a].allowed(role),
  );
}

export const canRunCampaigns = manages;
export const isCountyLevelRole = (role: Role) => scopeLevelOf(role) !== 'school';

/** A plan is (re)generated and its exemptions and edits change only while draft or planned. */
export const isEditable = (status: CampaignStatus) => status === 'draft' || status === 'planned';

/** The index of the status in the campaign's steps. */
export const STEP_ORDER: readonly CampaignStatus[] = [
  'draft',
  'planned',
  'submitted',
  'approved',
  'published',
  'completed',
];
