import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useCommunityT } from '../use-community-t';
import { useWrite } from '../use-write';
import { FormError } from './form-error';

interface Props<V, A> {
  form: FormInstance<V>;
  title: string;
  /** On the form; `<testId>-submit` on the save button, `<testId>-error` on the error. */
  testId: string;
  initialValues: Partial<V>;
  /** The write for the form's values (create or update). */
  submit: (values: V) => Promise<A>;
  onSaved: (answer: A) => void;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}

/**
 * A create / edit form in a dialog: save and cancel in the page's language, the write's error (zh-CN / en-US)
 * on top, saving shown on the button; the dialog closes only through onSaved or onClose.
 */
export function FormModal<V extends object, A>({
  form,
  title,
  testId,
  initialValues,
  submit,
  onSaved,
  onClose,
  width = 640,
  children,
}: Props<V, A>) {
  const ct = useCommunityT();
  const { saving, error, run } = useWrite();
  return (
    <Modal
      open
      title={title}
      okText={ct('form.submit')}
      cancelText={ct('form.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': `${testId}-submit` } as Record<`data-${string}`, string>}
      width={width}
      destroyOnHidden
    >
      <FormError error={error} testId={`${testId}-error`} />
      <Form<V>
        form={form}
        layout="vertical"
        data-testid={testId}
        initialValues={initialValues}
        onFinish={(values) => void run(() => submit(values), onSaved)}
      >
        {children}
      </Form>
    </Modal>
  );
}
