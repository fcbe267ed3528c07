import { Space, Typography } from 'antd';
import { formatDate } from '../../../shared/format';
import type { Locale } from '../../../i18n/translate';
import type { CommunityT } from '../use-community-t';

/** A person by name with the code beside it (the code alone when no name was given), the school under it. */
export function PersonCell({
  name,
  id,
  school,
}: {
  name: string | null;
  id: string;
  school?: string | null;
}) {
  return (
    <Space orientation="vertical" size={0}>
      <Space size={4}>
        <span>{name ?? id}</span>
        {name && <Typography.Text type="secondary">{id}</Typography.Text>}
      </Space>
      {school !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {school ?? '—'}
        </Typography.Text>
      )}
    </Space>
  );
}

/** `2026年9月1日 – 至今` / `… – 2027年1月31日`. */
export const periodText = (ct: CommunityT, locale: Locale, startOn: string, endOn: string | null) =>
  `${formatDate(startOn, locale)} – ${endOn ? formatDate(endOn, locale) : ct('common.until')}`;
