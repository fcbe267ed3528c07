// Which buttons the community pages offer; the server decides (communities/access.ts), the pages only offer
// what it would accept for the role.
import { scopeLevelOf, type Role } from '@junheng/core';

/** Runs communities, their rules and proposals, and the bundled evaluation. */
export const canManageCommunities = (role: Role) => role === 'admin' || role === 'city' || role === 'county';
/** Logs activities (a school for its own school). */
export const canLogActivities = (role: Role) => canManageCommunities(role) || role === 'school';
/** A teaching-research officer logs his own visits and lesson observations, under his own patch only. */
export const logsOwnVisits = (role: Role) => role === 'researcher';
export const isCountyLevel = (role: Role) => scopeLevelOf(role) !== 'school';
