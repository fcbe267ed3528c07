// zh-CN / en-US texts of the proposal: why a member went where it did, and what makes a proposal infeasible.
// Kept apart so wording changes never touch the planner.
import type { LocalizedText } from '../../import/types';
import type { AssignmentReason } from './types';

const km = (x: number): string => x.toFixed(1);

export interface ReasonFacts {
  lead: string;
  roadKm: number;
  cheapestLead?: string;
  extraCost?: number;
}

export function reasonMessage(reason: AssignmentReason, f: ReasonFacts): LocalizedText {
  switch (reason) {
    case 'onlyLeadInReach':
      return {
        'zh-CN': `${f.lead} 是距离限制内唯一的牵头校（${km(f.roadKm)} 公里）`,
        'en-US': `${f.lead} is the only lead within the distance limit (${km(f.roadKm)} km)`,
      };
    case 'nearest':
      return {
        'zh-CN': `最近的牵头校 ${f.lead}（${km(f.roadKm)} 公里）`,
        'en-US': `nearest lead ${f.lead} (${km(f.roadKm)} km)`,
      };
    case 'strongerLead':
      return {
        'zh-CN': `${f.lead} 并非最近，但办学更强，以强带弱（${km(f.roadKm)} 公里）`,
        'en-US': `${f.lead} is not the nearest but stronger: strong lead for a weaker member (${km(f.roadKm)} km)`,
      };
    case 'cheaperLeadFull':
      return {
        'zh-CN': `更合适的 ${f.cheapestLead ?? ''} 已满员，由更需要的学校加入；改入 ${f.lead}（${km(f.roadKm)} 公里，代价多 ${km(f.extraCost ?? 0)} 分）`,
        'en-US': `${f.cheapestLead ?? ''} would suit it better but is full with schools it helps more; joins ${f.lead} (${km(f.roadKm)} km, ${km(f.extraCost ?? 0)} points more)`,
      };
  }
}

export function unknownLeadMessage(code: string): LocalizedText {
  return { 'zh-CN': `牵头校 ${code} 不在学校名册中`, 'en-US': `lead ${code} is not in the school list` };
}

export function noCoordinatesMessage(name: string): LocalizedText {
  return {
    'zh-CN': `${name} 缺少经纬度，无法计算距离`,
    'en-US': `${name} has no coordinates: no distance known`,
  };
}

export function outOfReachMessage(
  name: string,
  maxRoadKm: number,
  nearest: { lead: string; roadKm: number; overKm: number } | null,
): LocalizedText {
  if (nearest === null) {
    return {
      'zh-CN': `${name} 必须纳入共同体，但没有可计算距离的牵头校`,
      'en-US': `${name} must be covered but no lead has a known distance to it`,
    };
  }
  return {
    'zh-CN': `${name} 必须纳入共同体，但最近的牵头校 ${nearest.lead} 路程 ${km(nearest.roadKm)} 公里，超出上限 ${km(maxRoadKm)} 公里 ${km(nearest.overKm)} 公里`,
    'en-US': `${name} must be covered but its nearest lead ${nearest.lead} is ${km(nearest.roadKm)} km by road, ${km(nearest.overKm)} km beyond the ${km(maxRoadKm)} km limit`,
  };
}

export function capacityShortMessage(
  schools: string[],
  leads: string[],
  capacity: number,
  short: number,
): LocalizedText {
  const list = (xs: string[]): string => (xs.length > 6 ? `${xs.slice(0, 6).join('、')} 等` : xs.join('、'));
  const listEn = (xs: string[]): string =>
    xs.length > 6 ? `${xs.slice(0, 6).join(', ')} and ${xs.length - 6} more` : xs.join(', ');
  return {
    'zh-CN': `${schools.length} 所学校（${list(schools)}）只能加入牵头校 ${leads.length > 0 ? list(leads) : '（无）'}，这些牵头校共 ${capacity} 个名额，缺 ${short} 个`,
    'en-US': `${schools.length} schools (${listEn(schools)}) can reach only the leads ${leads.length > 0 ? listEn(leads) : '(none)'}, with ${capacity} places between them: ${short} short`,
  };
}
