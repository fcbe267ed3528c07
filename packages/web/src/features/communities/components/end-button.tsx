import { Input, Space } from 'antd';
import { useState } from 'react';
import { todayIso } from '../select';
import { useCommunityT } from '../use-community-t';
import { ConfirmButton } from './confirm-button';

interface Props {
  end: (endOn: string) => Promise<unknown>;
  onDone: () => void;
  testId?: string;
}

/** Ends a running record on a chosen day (today unless changed); the record stays, with its end date. */
export function EndButton({ end, onDone, testId }: Props) {
  const ct = useCommunityT();
  const [endOn, setEndOn] = useState(() => todayIso(new Date()));
  return (
    <ConfirmButton
      label={ct('common.end')}
      confirm={
        <Space orientation="vertical">
          <span>{ct('common.endConfirm')}</span>
          <Input
            type="date"
            value={endOn}
            onChange={(e) => setEndOn(e.target.value)}
            data-testid="end-date"
          />
        </Space>
      }
      action={() => end(endOn)}
      done={ct('saved')}
      onDone={onDone}
      testId={testId}
    />
  );
}
