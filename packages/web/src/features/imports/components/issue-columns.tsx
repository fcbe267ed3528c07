import { Tag } from 'antd';
import type { Locale, Translate } from '../../../i18n/translate';
import type { EvalColumn } from '../../evaluation/columns';
import type { ImportIssue } from '../types';

/** Where and why, for every issue: sheet, Excel row, column (letter and header), the value and the reason. */
export function issueColumns(t: Translate, locale: Locale): EvalColumn<ImportIssue>[] {
  return [
    {
      key: 'severity',
      title: t('pages.imports.severity'),
      value: (i) => t(i.severity === 'error' ? 'pages.imports.error' : 'pages.imports.warning'),
      render: (i) => (
        <Tag color={i.severity === 'error' ? 'red' : 'orange'}>
          {t(i.severity === 'error' ? 'pages.imports.error' : 'pages.imports.warning')}
        </Tag>
      ),
      width: 80,
    },
    { key: 'sheet', title: t('pages.imports.sheet'), value: (i) => i.sheet, sortable: true, width: 100 },
    {
      key: 'row',
      title: t('pages.imports.row'),
      value: (i) => i.row,
      sortable: true,
      align: 'right',
      width: 70,
    },
    {
      key: 'column',
      title: t('pages.imports.column'),
      value: (i) => (i.column ? `${i.column.letter ?? ''} ${i.column.header}`.trim() : null),
      width: 160,
    },
    {
      key: 'value',
      title: t('pages.imports.value'),
      value: (i) => (i.value === null ? null : String(i.value)),
      width: 120,
    },
    { key: 'message', title: t('pages.imports.message'), value: (i) => i.message[locale] },
  ];
}
