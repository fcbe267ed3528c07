import { communityZh, type CommunityMessageId } from './messages';

/** Whether a built id (`violation.${code}`) is one of the page messages; unknown codes show as they are. */
export function isCommunityMessageId(id: string): id is CommunityMessageId {
  return Object.prototype.hasOwnProperty.call(communityZh, id);
}
