// The campaign's life (ROT-2): draft → planned (a plan is generated; regenerated or edited while planned) →
// submitted → approved → published (the notice; assignments confirmed) → completed. A submitted plan may be
// sent back to planned. Any other move is a conflict (409), never a silent no-op.
import type { Actor } from '../auth/roles';
import { ROTATION_CAMPAIGN_STATUSES } from '../db/schema';
import { canApprove, canManage } from './access';

export type CampaignStatus = (typeof ROTATION_CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'complete'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

interface Transition {
  from: CampaignStatus;
  to: CampaignStatus;
  allowed: (actor: Actor) => boolean;
}

export const TRANSITIONS: Record<CampaignAction, Transition> = {
  submit: { from: 'planned', to: 'submitted', allowed: canManage },
  approve: { from: 'submitted', to: 'approved', allowed: canApprove },
  reject: { from: 'submitted', to: 'planned', allowed: canApprove },
  publish: { from: 'approved', to: 'published', allowed: canApprove },
  complete: { from: 'published', to: 'completed', allowed: canManage },
};

/** Statuses in which the plan, its exemptions and its assignments may still change. */
export const EDITABLE: readonly CampaignStatus[] = ['draft', 'planned'];
