import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import type { DashboardFigures } from '../dashboard';
import { useRotationT } from '../use-rotation-t';

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
const CARD = { height: '100%' };

/** The headline figures above the charts: rotated, backbone share, quota compliance, shortages filled. */
export function DashboardKpis({ figures: f }: { figures: DashboardFigures }) {
  const rt = useRotationT();
  const meetsTag = (meets: boolean | null) =>
    meets === null ? null : (
      <Tag color={meets ? 'green' : 'red'} style={{ marginInlineStart: 8 }}>
        {rt(meets ? 'quota.meets' : 'quota.short')}
      </Tag>
    );
  return (
    <Row gutter={[16, 16]} align="stretch" style={{ marginBottom: 16 }} data-testid="rotation-kpis">
      <Col xs={12} xl={6}>
        <Card size="small" style={CARD}>
          <Statistic title={rt('kpi.rotated')} value={f.rotated} />
        </Card>
      </Col>
      <Col xs={12} xl={6}>
        <Card size="small" style={CARD} data-testid="rotation-kpi-backbone">
          <Statistic
            title={rt('kpi.backboneShare')}
            value={f.backboneShare === null ? '—' : pct(f.backboneShare)}
            suffix={meetsTag(f.backboneMeets)}
          />
          <Typography.Text type="secondary">
            {f.backbone} / {f.rotated}
            {f.requiredShare !== null && ` · ${rt('kpi.backboneRequired', { share: pct(f.requiredShare) })}`}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} xl={6}>
        <Card size="small" style={CARD} data-testid="rotation-kpi-schools">
          <Statistic
            title={rt('kpi.schoolsMeeting')}
            value={f.schoolsMeeting}
            suffix={`/ ${f.schoolsOwing}`}
          />
        </Card>
      </Col>
      <Col xs={12} xl={6}>
        <Card size="small" style={CARD} data-testid="rotation-kpi-shortages">
          <Statistic title={rt('kpi.shortagesFilled')} value={f.filled} suffix={`/ ${f.shortage}`} />
          <Typography.Text type="secondary">
            {rt('kpi.arrived', { count: f.filledByArrivals })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
