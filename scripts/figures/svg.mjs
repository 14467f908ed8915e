// A tiny, dependency-free SVG toolkit for the figures in the guides (docs/figures/*.svg).
//
// Two primitives, `lineChart` and `heatMap`, each taking plain data and returning one complete
// SVG document as a string. The output is deterministic: the same input gives the same bytes
// (every coordinate is rounded to fixed decimals by `num`, nothing depends on the clock, the
// locale or the platform's fonts), so a committed figure can be compared with a fresh one.
//
// Public API (kept stable: other guides build on it):
//   lineChart(options)            a line/point chart with axes, ticks, labels, legend,
//                                 optional error bars (per point `low`/`high`) and bands
//   heatMap(options)              a table of coloured cells with labels and a colour scale
//   niceTicks(min, max, count)    round tick values covering [min, max]
//   num(x, decimals = 2)          a number as fixed-decimal text without trailing zeros or -0
//   escapeXml(text)               text safe inside an SVG element or attribute
//   PALETTE                       the series colours, in order

/** Series colours, in order (Okabe-Ito, readable by colour-blind readers). */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';

/** `x` rounded to `decimals` places, as short text: `num(1.50) === "1.5"`, never `"-0"`. */
export function num(x, decimals = 2) {
  if (!Number.isFinite(x)) throw new Error(`svg: not a finite number: ${x}`);
  const text = x.toFixed(decimals);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/** `text` with the five XML special characters escaped. */
export function escapeXml(text) {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * About `count` round tick values (steps of 1, 2 or 5 times a power of ten) from the first
 * multiple of the step at or above `min` to the last at or below `max`.
 */
export function niceTicks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power; // from 1 to 10: round it to 1, 2, 5 or 10 as d3's ticks do
  const step = power * (ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1);
  const ticks = [];
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** The default tick label: the shortest text that tells the ticks apart. */
function defaultFormat(ticks) {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  return (v) => num(v, decimals);
}

function text(x, y, content, attributes = "") {
  return `<text x="${num(x)}" y="${num(y)}"${attributes ? ` ${attributes}` : ""}>${escapeXml(content)}</text>`;
}

function open(width, height, title, description) {
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" ` +
      `viewBox="0 0 ${num(width)} ${num(height)}" role="img" ${FONT} font-size="12">`,
    `<title>${escapeXml(title ?? "")}</title>`,
  ];
  if (description) lines.push(`<desc>${escapeXml(description)}</desc>`);
  lines.push(`<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`);
  if (title) lines.push(text(width / 2, 22, title, 'text-anchor="middle" font-size="15" font-weight="600"'));
  return lines;
}

function close(lines) {
  lines.push("</svg>");
  return `${lines.join("\n")}\n`;
}

/** The extent of the finite numbers in `values`, or `fallback` when there are none. */
function extent(values, fallback) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return lo <= hi ? [lo, hi] : fallback;
}

/**
 * A line and point chart.
 *
 * options:
 *   width = 640, height = 400       size in pixels
 *   title, description              the heading drawn at the top, and an accessible description
 *   xLabel, yLabel                  axis titles
 *   x, y = { min, max, ticks, format }
 *                                   the axis range (default: the data's, widened to round ticks),
 *                                   the tick values (default: niceTicks) and their label function
 *   series: [{ label, points: [{ x, y, low?, high? }], color?, line = true, markers = false,
 *              dashed = false, errorBars = false, band?: [{ x, low, high }] }]
 *                                   `low`/`high` draw error bars when `errorBars` is true;
 *                                   `band` draws a shaded area between `low` and `high`
 *   legend = true                   a legend inside the plot: true (top right), "top-left",
 *                                   "top-right", "bottom-left", "bottom-right", or false
 *   annotations: [{ x, label, at }] dashed vertical lines with a label (e.g. "fit | forecast")
 *                                   drawn at the top of the plot, or at its bottom with at: "bottom"
 */
export function lineChart(options) {
  const { width = 640, height = 400, title, description, xLabel, yLabel, series, legend = true } = options;
  const annotations = options.annotations ?? [];
  const margin = { top: title ? 40 : 16, right: 20, bottom: xLabel ? 52 : 34, left: yLabel ? 66 : 48 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;

  const xs = [];
  const ys = [];
  for (const s of series) {
    for (const p of s.points) {
      xs.push(p.x);
      ys.push(p.y);
      if (s.errorBars) ys.push(p.low, p.high);
    }
    for (const b of s.band ?? []) {
      xs.push(b.x);
      ys.push(b.low, b.high);
    }
  }
  const axis = (spec = {}, values) => {
    const [lo, hi] = extent(values, [0, 1]);
    const guess = niceTicks(lo, hi === lo ? lo + 1 : hi, 5);
    const step = guess.length > 1 ? guess[1] - guess[0] : 1;
    const min = spec.min ?? Math.floor(lo / step + 1e-9) * step;
    const max = spec.max ?? Math.max(Math.ceil(hi / step - 1e-9) * step, min + step);
    const ticks = spec.ticks ?? niceTicks(min, max, 5);
    return { min, max, ticks, format: spec.format ?? defaultFormat(ticks) };
  };
  const xa = axis(options.x, xs);
  const ya = axis(options.y, ys);
  const sx = (v) => margin.left + ((v - xa.min) / (xa.max - xa.min)) * plotW;
  const sy = (v) => margin.top + plotH - ((v - ya.min) / (ya.max - ya.min)) * plotH;

  const lines = open(width, height, title, description);
  // Grid and axes.
  lines.push('<g stroke="#e5e5e5" stroke-width="1">');
  for (const t of ya.ticks)
    lines.push(
      `<line x1="${num(margin.left)}" x2="${num(margin.left + plotW)}" y1="${num(sy(t))}" y2="${num(sy(t))}"/>`,
    );
  lines.push("</g>");
  lines.push(
    `<g stroke="#333333" stroke-width="1">` +
      `<line x1="${num(margin.left)}" x2="${num(margin.left + plotW)}" ` +
      `y1="${num(margin.top + plotH)}" y2="${num(margin.top + plotH)}"/>` +
      `<line x1="${num(margin.left)}" x2="${num(margin.left)}" ` +
      `y1="${num(margin.top)}" y2="${num(margin.top + plotH)}"/>` +
      "</g>",
  );
  lines.push('<g fill="#333333">');
  for (const t of xa.ticks) {
    lines.push(
      `<line x1="${num(sx(t))}" x2="${num(sx(t))}" ` +
        `y1="${num(margin.top + plotH)}" y2="${num(margin.top + plotH + 5)}" stroke="#333333"/>`,
    );
    lines.push(text(sx(t), margin.top + plotH + 18, xa.format(t), 'text-anchor="middle"'));
  }
  for (const t of ya.ticks) {
    lines.push(
      `<line x1="${num(margin.left - 5)}" x2="${num(margin.left)}" ` +
        `y1="${num(sy(t))}" y2="${num(sy(t))}" stroke="#333333"/>`,
    );
    lines.push(text(margin.left - 8, sy(t) + 4, ya.format(t), 'text-anchor="end"'));
  }
  if (xLabel) lines.push(text(margin.left + plotW / 2, height - 12, xLabel, 'text-anchor="middle"'));
  if (yLabel) {
    const cx = 16;
    const cy = margin.top + plotH / 2;
    lines.push(text(cx, cy, yLabel, `text-anchor="middle" transform="rotate(-90 ${num(cx)} ${num(cy)})"`));
  }
  lines.push("</g>");

  for (const a of annotations) {
    const x = sx(a.x);
    lines.push(
      `<line x1="${num(x)}" x2="${num(x)}" y1="${num(margin.top)}" y2="${num(margin.top + plotH)}" ` +
        `stroke="#888888" stroke-dasharray="4 3"/>`,
    );
    const y = a.at === "bottom" ? margin.top + plotH - 6 : margin.top + 12;
    if (a.label)
      lines.push(
        text(x + 4, y, a.label, 'fill="#555555" font-size="11" paint-order="stroke" stroke="#ffffff" stroke-width="3"'),
      );
  }

  series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length];
    if (s.band && s.band.length > 0) {
      const upper = s.band.map((b) => `${num(sx(b.x))},${num(sy(b.high))}`);
      const lower = s.band.map((b) => `${num(sx(b.x))},${num(sy(b.low))}`).reverse();
      lines.push(
        `<polygon points="${[...upper, ...lower].join(" ")}" fill="${color}" fill-opacity="0.15" stroke="none"/>`,
      );
    }
    if (s.errorBars) {
      lines.push(`<g stroke="${color}" stroke-width="1">`);
      for (const p of s.points) {
        const x = sx(p.x);
        lines.push(
          `<path d="M${num(x)},${num(sy(p.low))}V${num(sy(p.high))}` +
            `M${num(x - 3)},${num(sy(p.low))}H${num(x + 3)}` +
            `M${num(x - 3)},${num(sy(p.high))}H${num(x + 3)}"/>`,
        );
      }
      lines.push("</g>");
    }
    if (s.line !== false && s.points.length > 1) {
      const d = s.points.map((p, j) => `${j === 0 ? "M" : "L"}${num(sx(p.x))},${num(sy(p.y))}`).join("");
      lines.push(
        `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      );
    }
    if (s.markers) {
      lines.push(`<g fill="${color}">`);
      for (const p of s.points) lines.push(`<circle cx="${num(sx(p.x))}" cy="${num(sy(p.y))}" r="3.5"/>`);
      lines.push("</g>");
    }
  });

  if (legend) {
    const labelled = series
      .map((s, i) => ({ ...s, color: s.color ?? PALETTE[i % PALETTE.length] }))
      .filter((s) => s.label);
    // Text width estimated at 6.5 px a character: no font metrics, so the output stays deterministic.
    const boxW = 46 + 6.5 * Math.max(0, ...labelled.map((s) => s.label.length));
    const boxH = labelled.length * 18 + 6;
    const where = legend === true ? "top-right" : legend;
    const x = where.endsWith("left") ? margin.left + 18 : margin.left + plotW - boxW;
    let y = where.startsWith("top") ? margin.top + 10 : margin.top + plotH - boxH;
    lines.push(
      `<rect x="${num(x - 8)}" y="${num(y - 6)}" width="${num(boxW)}" height="${num(boxH)}" ` +
        `fill="#ffffff" fill-opacity="0.9" stroke="#dddddd"/>`,
    );
    for (const s of labelled) {
      const sample =
        s.line === false
          ? ""
          : `<line x1="${num(x)}" x2="${num(x + 22)}" y1="${num(y + 6)}" y2="${num(y + 6)}" ` +
            `stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`;
      const marker = s.markers ? `<circle cx="${num(x + 11)}" cy="${num(y + 6)}" r="3.5" fill="${s.color}"/>` : "";
      lines.push(`${sample}${marker}${text(x + 30, y + 10, s.label, 'fill="#333333"')}`);
      y += 18;
    }
  }
  return close(lines);
}

/** `#rrggbb` to [r, g, b]. */
function rgb(hex) {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

/** The colour at `t` (0 to 1) along the stops, interpolated in RGB, as `#rrggbb`. */
export function colorAt(stops, t) {
  const clamped = Math.min(1, Math.max(0, t));
  const position = clamped * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(position));
  const f = position - i;
  const a = rgb(stops[i]);
  const b = rgb(stops[i + 1]);
  return `#${a
    .map((c, k) =>
      Math.round(c + (b[k] - c) * f)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** Relative luminance (WCAG) of `#rrggbb`, for choosing a readable label colour. */
function luminance(hex) {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** ColorBrewer "Blues" anchors: light for low values, dark for high. */
export const BLUES = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];

/**
 * A heat map: one row per `rows` label, one column per `columns` label, a colour per value.
 *
 * options:
 *   title, description, xLabel, yLabel
 *   rows, columns                   the labels (strings)
 *   values                          values[r][c]: a number, or undefined/null for an empty cell
 *   min, max                        the colour scale's range (default: the values' extent)
 *   colors = BLUES                  the colour stops from min to max
 *   format = (v) => num(v, 0)       the cell label and scale label text
 *   rowNotes                        optional text drawn right of each row (e.g. cohort sizes)
 *   rowNotesTitle                   a heading for that column
 *   cellWidth = 44, cellHeight = 24, rowLabelWidth = 80
 *   scaleLabel                      a title for the colour scale
 */
export function heatMap(options) {
  const { title, description, xLabel, yLabel, rows, columns, values, colors = BLUES, scaleLabel } = options;
  const format = options.format ?? ((v) => num(v, 0));
  const cellW = options.cellWidth ?? 44;
  const cellH = options.cellHeight ?? 24;
  const labelW = options.rowLabelWidth ?? 80;
  const notes = options.rowNotes;
  const notesW = notes ? 70 : 0;
  const flat = values.flat().filter((v) => v !== undefined && v !== null);
  const [lo, hi] = extent(flat, [0, 1]);
  const min = options.min ?? lo;
  const max = options.max ?? hi;
  const top = (title ? 40 : 12) + (xLabel ? 18 : 0) + 18;
  const left = (yLabel ? 22 : 0) + labelW;
  const gridW = columns.length * cellW;
  const gridH = rows.length * cellH;
  const scaleH = 56;
  const width = Math.max(left + gridW + notesW + 16, 320);
  const height = top + gridH + scaleH;
  const t = (v) => (max > min ? (v - min) / (max - min) : 1);

  const lines = open(width, height, title, description);
  if (xLabel) lines.push(text(left + gridW / 2, top - 24, xLabel, 'text-anchor="middle" fill="#333333"'));
  if (yLabel) {
    const cx = 14;
    const cy = top + gridH / 2;
    lines.push(
      text(cx, cy, yLabel, `text-anchor="middle" fill="#333333" transform="rotate(-90 ${num(cx)} ${num(cy)})"`),
    );
  }
  lines.push('<g fill="#333333" font-size="11">');
  columns.forEach((c, j) => lines.push(text(left + j * cellW + cellW / 2, top - 6, c, 'text-anchor="middle"')));
  rows.forEach((r, i) => lines.push(text(left - 6, top + i * cellH + cellH / 2 + 4, r, 'text-anchor="end"')));
  if (notes) {
    if (options.rowNotesTitle) lines.push(text(left + gridW + 8, top - 6, options.rowNotesTitle, ""));
    notes.forEach((n, i) => lines.push(text(left + gridW + 8, top + i * cellH + cellH / 2 + 4, n, "")));
  }
  lines.push("</g>");
  lines.push('<g font-size="11" text-anchor="middle">');
  rows.forEach((_, i) => {
    columns.forEach((__, j) => {
      const v = values[i]?.[j];
      if (v === undefined || v === null) return;
      const fill = colorAt(colors, t(v));
      const x = left + j * cellW;
      const y = top + i * cellH;
      lines.push(
        `<rect x="${num(x)}" y="${num(y)}" width="${num(cellW)}" height="${num(cellH)}" ` +
          `fill="${fill}" stroke="#ffffff"/>` +
          text(x + cellW / 2, y + cellH / 2 + 4, format(v), `fill="${luminance(fill) < 0.35 ? "#ffffff" : "#1a1a1a"}"`),
      );
    });
  });
  lines.push("</g>");

  // The colour scale: ten discrete steps from min to max, labelled at both ends and the middle.
  const steps = 10;
  const barW = Math.min(gridW, 240);
  const barY = top + gridH + 18;
  lines.push("<g>");
  for (let k = 0; k < steps; k++) {
    const fill = colorAt(colors, (k + 0.5) / steps);
    lines.push(
      `<rect x="${num(left + (k * barW) / steps)}" y="${num(barY)}" ` +
        `width="${num(barW / steps)}" height="10" fill="${fill}"/>`,
    );
  }
  lines.push('<g fill="#333333" font-size="11">');
  lines.push(text(left, barY + 24, format(min), 'text-anchor="start"'));
  lines.push(text(left + barW / 2, barY + 24, format((min + max) / 2), 'text-anchor="middle"'));
  lines.push(text(left + barW, barY + 24, format(max), 'text-anchor="end"'));
  if (scaleLabel) lines.push(text(left + barW + 10, barY + 9, scaleLabel, ""));
  lines.push("</g></g>");
  return close(lines);
}
