/** Series colours, in order (Okabe-Ito). */
export const PALETTE: readonly string[];
/** ColorBrewer "Blues" anchors, light to dark. */
export const BLUES: readonly string[];
/** `x` rounded to `decimals` places (default 2), as short text without trailing zeros or `-0`. */
export function num(x: number, decimals?: number): string;
/** `text` with the five XML special characters escaped. */
export function escapeXml(text: unknown): string;
/** About `count` round tick values (1, 2 or 5 times a power of ten) within [min, max]. */
export function niceTicks(min: number, max: number, count?: number): number[];
/** The colour at `t` (0 to 1) along the stops, as `#rrggbb`. */
export function colorAt(stops: readonly string[], t: number): string;

export interface Axis {
  min?: number;
  max?: number;
  ticks?: readonly number[];
  format?: (value: number) => string;
}
export interface Point {
  x: number;
  y: number;
  low?: number;
  high?: number;
}
export interface Series {
  label?: string;
  points: readonly Point[];
  color?: string;
  line?: boolean;
  markers?: boolean;
  dashed?: boolean;
  errorBars?: boolean;
  band?: readonly { x: number; low: number; high: number }[];
}
export interface LineChartOptions {
  width?: number;
  height?: number;
  title?: string;
  description?: string;
  xLabel?: string;
  yLabel?: string;
  x?: Axis;
  y?: Axis;
  series: readonly Series[];
  legend?: boolean | "top-left" | "top-right" | "bottom-left" | "bottom-right";
  annotations?: readonly { x: number; label?: string; at?: "top" | "bottom" }[];
}
/** A line and point chart as one SVG document. */
export function lineChart(options: LineChartOptions): string;

export interface HeatMapOptions {
  title?: string;
  description?: string;
  xLabel?: string;
  yLabel?: string;
  rows: readonly string[];
  columns: readonly string[];
  values: readonly (readonly (number | undefined | null)[])[];
  min?: number;
  max?: number;
  colors?: readonly string[];
  format?: (value: number) => string;
  rowNotes?: readonly string[];
  rowNotesTitle?: string;
  cellWidth?: number;
  cellHeight?: number;
  rowLabelWidth?: number;
  scaleLabel?: string;
}
/** A heat map with cell labels and a colour scale, as one SVG document. */
export function heatMap(options: HeatMapOptions): string;
