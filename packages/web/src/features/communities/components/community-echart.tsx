import { LinesChart, ScatterChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { EChart, type EChartProps } from '../../../shared/components/echart';

// The shared chart registers bar, line and pie only; the community pages also draw schools on a scatter with
// lead → member lines and a reference line, registered here so the code stays in this lazily loaded chunk.
echarts.use([ScatterChart, LinesChart, MarkLineComponent]);

export type CommunityEChartProps = EChartProps;
export const CommunityEChart = EChart;
