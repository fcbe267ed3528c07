import { useCommunityT } from '../use-community-t';
import { ConfirmButton } from './confirm-button';

interface Props {
  confirm: string;
  remove: () => Promise<unknown>;
  onDone: () => void;
  testId?: string;
}

/** A row's delete, asked first. */
export function DeleteButton({ confirm, remove, onDone, testId }: Props) {
  const ct = useCommunityT();
  return (
    <ConfirmButton
      label={ct('delete')}
      confirm={confirm}
      action={remove}
      done={ct('deleted')}
      onDone={onDone}
      danger
      testId={testId}
    />
  );
}
