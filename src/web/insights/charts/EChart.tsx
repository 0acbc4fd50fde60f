import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

interface EChartProps {
  option: ChartOption;
  /** A one-sentence summary; the figures themselves are in the table beside the chart. */
  label: string;
  tall?: boolean;
}

/**
 * One ECharts canvas. For assistive technology it is a single image with a summary (role="img"):
 * a canvas has no content of its own, and the data table next to it is the accessible equivalent.
 */
export function EChart({ option, label, tall }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      className={tall ? 'bb-chart__canvas bb-chart__canvas--tall' : 'bb-chart__canvas'}
      role="img"
      aria-label={label}
    />
  );
}
