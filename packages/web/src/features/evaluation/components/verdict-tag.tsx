import { Tag } from 'antd';
import { useT } from '../../../i18n/i18n-context';

/** Pass / fail / undetermined (a CV undefined, no school in the stage): never shown as a pass. */
export function VerdictTag({ pass, testId }: { pass: boolean | null | undefined; testId?: string }) {
  const t = useT();
  if (pass === true)
    return (
      <Tag color="success" data-testid={testId}>
        {t('pages.evaluation.verdict.pass')}
      </Tag>
    );
  if (pass === false)
    return (
      <Tag color="error" data-testid={testId}>
        {t('pages.evaluation.verdict.fail')}
      </Tag>
    );
  return <Tag data-testid={testId}>{t('pages.evaluation.verdict.unknown')}</Tag>;
}
