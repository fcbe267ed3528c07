import type { TermCalendar } from '@junheng/core';
import { Col, Form, Input, InputNumber, Row } from 'antd';
import { isMonthDay } from '../settings-edit';
import { useCommunityT } from '../use-community-t';
import { SettingItem } from './setting-item';

interface Props {
  reminderDays: number;
  calendar: TermCalendar;
  defaults: { reminderDays: number; calendar: TermCalendar };
  changed: ReadonlySet<string>;
  readOnly: boolean;
  onChange: (next: { reminderDays: number; calendar: TermCalendar }) => void;
}

const TERM_FIELDS = ['autumnStart', 'autumnEnd', 'springStart', 'springEnd'] as const;

/** The reminder window and the term calendar (MM-DD; the bureau's published dates). */
export function SettingsCalendarCard({
  reminderDays,
  calendar,
  defaults,
  changed,
  readOnly,
  onChange,
}: Props) {
  const ct = useCommunityT();
  return (
    <Form layout="vertical" data-testid="settings-calendar">
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          <SettingItem
            label={ct('settings.reminderDays')}
            defaultText={String(defaults.reminderDays)}
            changed={changed.has('reminderDays')}
            testId="setting-reminderDays"
          >
            <InputNumber
              min={0}
              max={366}
              disabled={readOnly}
              value={reminderDays}
              onChange={(n) => onChange({ reminderDays: n ?? defaults.reminderDays, calendar })}
              data-testid="setting-reminderDays-input"
            />
          </SettingItem>
        </Col>
        {TERM_FIELDS.map((k) => (
          <Col key={k} xs={12} lg={4}>
            <SettingItem
              label={ct(`settings.${k}`)}
              defaultText={defaults.calendar[k]}
              changed={changed.has(k)}
              testId={`setting-${k}`}
            >
              <Input
                disabled={readOnly}
                maxLength={5}
                status={isMonthDay(calendar[k]) ? undefined : 'error'}
                title={ct('settings.monthDay')}
                value={calendar[k]}
                onChange={(e) => onChange({ reminderDays, calendar: { ...calendar, [k]: e.target.value } })}
              />
            </SettingItem>
          </Col>
        ))}
      </Row>
    </Form>
  );
}
