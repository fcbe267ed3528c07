import { SankeyChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { EChart, type EChartProps } from '../../../shared/components/echart';

// The shared chart registers bar, line and pie only; the rotation pages also need the sankey, registered here
// so its code stays in this lazily loaded chunk.
echarts.use([SankeyChart]);

export type RotationEChartProps = EChartProps;
export const RotationEChart = EChart;
