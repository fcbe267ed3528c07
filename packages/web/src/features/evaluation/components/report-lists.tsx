import { EXCLUSION_REASON_LABELS, type CountyEvaluation, type Standard } from '@junheng/core';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { localized } from '../format';
import { schoolValueColumns } from '../select';

/** The schools below the per-school rule, with the items they miss. */
export function ReportFailingSchools({ county, standard }: { county: CountyEvaluation; standard: Standard }) {
  const t = useT();
  const [locale] = useLocale();
  const failing = county.schools.filter((s) => s.pass === false);
  const items = schoolValueColumns(standard);
  const nameOf = (key: string) => {
    const item = items.find((i) => i.key === key);
    return item ? localized(item.name, locale) : key;
  };
  return (
    <>
      <h2>{t('pages.evaluation.report.failingSchools', { count: failing.length })}</h2>
      {failing.length === 0 ? (
        <p>{t('pages.evaluation.report.noFailing')}</p>
      ) : (
        <table data-testid="report-failing">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('pages.evaluation.col.school')}</th>
              <th>{t('pages.evaluation.col.stage')}</th>
              <th>{t('pages.evaluation.compliance.metCount')}</th>
              <th>{t('pages.evaluation.report.failingIndicators')}</th>
            </tr>
          </thead>
          <tbody>
            {failing.map((s, i) => (
              <tr key={`${s.schoolCode}:${s.stage}`}>
                <td className="center">{i + 1}</td>
                <td>{s.schoolName}</td>
                <td className="center">{enumLabel(t, 'stage', s.stage)}</td>
                <td className="num">
                  {s.metCount}/{items.length}
                </td>
                <td>
                  {Object.entries(s.meets)
                    .filter(([, met]) => !met)
                    .map(([key]) => nameOf(key))
                    .join(t('common.listSeparator'))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Every school left out of the population with its reason (standards.md §2: listed in the report). */
export function ReportExclusions({
  county,
  names,
}: {
  county: CountyEvaluation;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <>
      <h2>{t('pages.evaluation.report.exclusions', { count: county.excluded.length })}</h2>
      {county.excluded.length === 0 ? (
        <p>{t('pages.evaluation.report.noFailing')}</p>
      ) : (
        <table data-testid="report-exclusions">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('pages.evaluation.col.school')}</th>
              <th>{t('pages.evaluation.col.schoolCode')}</th>
              <th>{t('pages.evaluation.col.stage')}</th>
              <th>{t('pages.evaluation.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {county.excluded.map((e, i) => (
              <tr key={`${e.schoolCode}:${e.stage ?? ''}`}>
                <td className="center">{i + 1}</td>
                <td>{names.get(e.schoolCode) ?? e.schoolCode}</td>
                <td className="center">{e.schoolCode}</td>
                <td className="center">
                  {e.stage ? enumLabel(t, 'stage', e.stage) : t('pages.evaluation.col.wholeSchool')}
                </td>
                <td>{localized(EXCLUSION_REASON_LABELS[e.reason], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
