import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n-context';
import { exportGrid, toTableColumns, type EvalColumn } from '../columns';
import { downloadWorkbook } from '../export-xlsx';

interface EvalTableProps<T> {
  testId: string;
  columns: EvalColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The workbook's file and sheet name. */
  exportName: string;
  title?: ReactNode;
  /** Rows per page; all on one page when absent. */
  pageSize?: number;
  size?: 'small' | 'middle';
}

/** A client-side table of the evaluation, with the Excel export of exactly its columns and rows. */
export function EvalTable<T extends object>(props: EvalTableProps<T>) {
  const t = useT();
  const [exporting, setExporting] = useState(false);
  const columns = useMemo(() => toTableColumns(props.columns), [props.columns]);
  const exportRows = () => {
    setExporting(true);
    void downloadWorkbook(props.exportName, props.exportName, exportGrid(props.columns, props.rows)).finally(
      () => setExporting(false),
    );
  };
  return (
    <div data-testid={props.testId} style={{ marginBottom: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        {props.title ? <Typography.Text strong>{props.title}</Typography.Text> : <span />}
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={exportRows}
          data-testid={`${props.testId}-export`}
        >
          {t('common.export')}
        </Button>
      </Space>
      <Table<T>
        rowKey={props.rowKey}
        size={props.size ?? 'small'}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={props.rows}
        locale={{ emptyText: t('common.empty') }}
        pagination={
          props.pageSize && props.rows.length > props.pageSize
            ? {
                pageSize: props.pageSize,
                showSizeChanger: true,
                showTotal: (total) => t('common.total', { total }),
              }
            : false
        }
      />
    </div>
  );
}
