// Only the parts of ECharts the dashboards use, so the bundle carries no unused chart types.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export { echarts };

/**
 * Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. Colour never
 * carries meaning alone: the table beside every chart has the same figures.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
];

/**
 * Shared defaults. The tooltip is drawn on the canvas (richText): the HTML tooltip would write
 * style attributes, which the Content-Security-Policy (style-src 'self') refuses.
 */
export function baseOption(): ChartOption {
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 32, containLabel: true },
  };
}
