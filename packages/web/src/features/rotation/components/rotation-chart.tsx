import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { RotationEChartProps } from './rotation-echart';

const LazyChart = lazy(async () => ({ default: (await import('./rotation-echart')).RotationEChart }));

/** ECharts with the sankey, loaded on first use. */
export function RotationChart(props: RotationEChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 320 }} />}>
      <LazyChart {...props} />
    </Suspense>
  );
}
