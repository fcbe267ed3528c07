import { App, Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { errorText } from '../errors';

interface Props {
  label: string;
  confirm: ReactNode;
  action: () => Promise<unknown>;
  /** The message shown when the action succeeds. */
  done: string;
  onDone: () => void;
  danger?: boolean;
  testId?: string;
}

/** A row's action asked first; a refusal (e.g. 409: work logged against it) shows as a message. */
export function ConfirmButton({ label, confirm, action, done, onDone, danger, testId }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={confirm}
      onConfirm={() =>
        void action().then(
          () => {
            void message.success(done);
            onDone();
          },
          (cause: unknown) => void message.error(errorText(t, cause, locale)),
        )
      }
    >
      <Button size="small" danger={danger} data-testid={testId}>
        {label}
      </Button>
    </Popconfirm>
  );
}
