import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { CommunityEChartProps } from './community-echart';

const LazyChart = lazy(async () => ({ default: (await import('./community-echart')).CommunityEChart }));

/** ECharts with the scatter and lines the community pages need, loaded on first use. */
export function CommunityChart(props: CommunityEChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 320 }} />}>
      <LazyChart {...props} />
    </Suspense>
  );
}
