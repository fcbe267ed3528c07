import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

// ECharts is loaded on first use only (architecture.md: charts lazy-loaded to keep the first page small).
const LazyEChart = lazy(async () => ({ default: (await import('./echart')).EChart }));

export function Chart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 320 }} />}>
      <LazyEChart {...props} />
    </Suspense>
  );
}
