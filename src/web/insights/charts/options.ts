import { baseOption, type ChartOption } from './echarts';

export interface Series {
  name: string;
  /** null draws a gap (a suppressed or missing value), never a zero. */
  data: (number | null)[];
  type?: 'bar' | 'line';
  stack?: string;
  /** Drawn against the right-hand axis (e.g. a share beside counts). */
  secondAxis?: boolean;
}

interface AxisOptions {
  horizontal?: boolean;
  percent?: boolean;
  secondPercent?: boolean;
}

const percentLabel = (value: number) => `${Math.round(value * 100)}%`;

/** Bars and/or lines over categories (periods, topics, channels). */
export function seriesOption(categories: string[], series: Series[], axis: AxisOptions = {}): ChartOption {
  const hasSecond = series.some((s) => s.secondAxis);
  const valueAxis = [
    { type: 'value' as const, axisLabel: axis.percent ? { formatter: percentLabel } : {} },
    ...(hasSecond
      ? [
          {
            type: 'value' as const,
            min: 0,
            max: 1,
            axisLabel: { formatter: percentLabel },
            splitLine: { show: false },
          },
        ]
      : []),
  ];
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: axis.horizontal ? { width: 180, overflow: 'truncate' as const } : { hideOverlap: true },
    inverse: axis.horizontal,
  };
  return {
    ...baseOption(),
    xAxis: axis.horizontal ? valueAxis[0] : categoryAxis,
    yAxis: axis.horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      name: s.name,
      type: s.type ?? 'bar',
      data: s.data,
      stack: s.stack,
      yAxisIndex: s.secondAxis && !axis.horizontal ? 1 : 0,
      connectNulls: false,
      // Markers as well as colour, so lines differ by more than hue alone.
      ...(s.type === 'line' ? { symbol: 'circle', symbolSize: 6 } : {}),
    })),
  };
}

/** A weekday × hour grid with a colour scale. */
export function heatmapOption(
  hours: string[],
  days: string[],
  cells: [number, number, number | null][],
  max: number,
): ChartOption {
  return {
    ...baseOption(),
    tooltip: { trigger: 'item', renderMode: 'richText' },
    legend: undefined,
    grid: { left: 90, right: 16, top: 16, bottom: 70 },
    xAxis: { type: 'category', data: hours, splitArea: { show: true } },
    yAxis: { type: 'category', data: days, inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: Math.max(1, max),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] },
    },
    series: [{ type: 'heatmap', data: cells, label: { show: false } }],
  };
}
