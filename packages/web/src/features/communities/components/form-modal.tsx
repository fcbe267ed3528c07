import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useCommunityT } from '../use-community-t';
import { FormError } from './form-error';

interface Props {
  title: string;
  /** `<testId>-submit` on the save button, `<testId>-error` on the error. */
  testId: string;
  saving: boolean;
  error: string | null;
  width?: number;
  onClose: () => void;
  onOk: () => void;
  children: ReactNode;
}

/** The dialog around a create / edit form: save and cancel in the page's language, the write's error on top. */
export function FormModal({ title, testId, saving, error, width = 640, onClose, onOk, children }: Props) {
  const ct = useCommunityT();
  return (
    <Modal
      open
      title={title}
      okText={ct('form.submit')}
      cancelText={ct('form.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={onOk}
      okButtonProps={{ 'data-testid': `${testId}-submit` } as Record<`data-${string}`, string>}
      width={width}
      destroyOnHidden
    >
      <FormError error={error} testId={`${testId}-error`} />
      {children}
    </Modal>
  );
}
