import { Button, Space } from 'antd';
import { useCommunityT } from '../use-community-t';
import { DeleteButton } from './delete-button';
import { EndButton } from './end-button';

interface Props {
  /** `<prefix>-edit`, `<prefix>-end`. */
  prefix: string;
  onEdit: () => void;
  /** Offered while the record runs: ends it on a chosen day. */
  end?: ((endOn: string) => Promise<unknown>) | undefined;
  confirmDelete: string;
  remove: () => Promise<unknown>;
  onDone: () => void;
}

/** A row's edit, end and delete buttons. */
export function RowActions({ prefix, onEdit, end, confirmDelete, remove, onDone }: Props) {
  const ct = useCommunityT();
  return (
    <Space size={4}>
      <Button size="small" onClick={onEdit} data-testid={`${prefix}-edit`}>
        {ct('edit')}
      </Button>
      {end && <EndButton end={end} onDone={onDone} testId={`${prefix}-end`} />}
      <DeleteButton confirm={confirmDelete} remove={remove} onDone={onDone} />
    </Space>
  );
}
