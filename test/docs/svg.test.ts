// The SVG toolkit behind the guides' figures (scripts/figures/svg.mjs).
import { describe, expect, it } from "vitest";
import { colorAt, escapeXml, heatMap, lineChart, niceTicks, num } from "../../scripts/figures/svg.mjs";

describe("svg toolkit", () => {
  it("writes numbers with fixed decimals, no trailing zeros and never -0", () => {
    expect(num(1.5)).toBe("1.5");
    expect(num(2)).toBe("2");
    expect(num(1 / 3)).toBe("0.33");
    expect(num(-0.001)).toBe("0");
    expect(num(12.3456, 3)).toBe("12.346");
    expect(num(100, 0)).toBe("100");
    expect(() => num(Number.NaN)).toThrow(/finite/);
  });

  it("escapes the XML special characters", () => {
    expect(escapeXml(`a<b & "c" > 'd'`)).toBe("a&lt;b &amp; &quot;c&quot; &gt; &apos;d&apos;");
  });

  it("chooses round ticks inside the range", () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.3, 1.2, 4)).toEqual([0.4, 0.6, 0.8, 1, 1.2]);
    expect(niceTicks(0, 7, 7)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it("interpolates colours between the stops and clamps outside 0 to 1", () => {
    expect(colorAt(["#000000", "#ffffff"], 0)).toBe("#000000");
    expect(colorAt(["#000000", "#ffffff"], 0.5)).toBe("#808080");
    expect(colorAt(["#000000", "#ff0000", "#ffffff"], 1)).toBe("#ffffff");
    expect(colorAt(["#000000", "#ff0000", "#ffffff"], 0.5)).toBe("#ff0000");
    expect(colorAt(["#000000", "#ffffff"], 2)).toBe("#ffffff");
  });

  const chart = () =>
    lineChart({
      title: "Survival <by age>",
      xLabel: "age",
      yLabel: "% active",
      y: { min: 0, max: 100 },
      series: [
        {
          label: "data",
          points: [
            { x: 0, y: 100 },
            { x: 1, y: 63.1 },
            { x: 2, y: 46.8 },
          ],
          markers: true,
          line: false,
        },
        {
          label: "fit",
          points: [
            { x: 0, y: 100, low: 98, high: 100 },
            { x: 1, y: 62, low: 60, high: 64 },
          ],
          errorBars: true,
          dashed: true,
          band: [
            { x: 0, low: 97, high: 100 },
            { x: 1, low: 59, high: 65 },
          ],
        },
      ],
      annotations: [{ x: 1, label: "forecast" }],
    });

  it("draws the same line chart, byte for byte, every time", () => {
    expect(chart()).toBe(chart());
  });

  it("draws a well-formed line chart with its title escaped, its series and its ticks", () => {
    const svg = chart();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>\n")).toBe(true);
    expect(svg).toContain("<title>Survival &lt;by age&gt;</title>");
    expect(svg.match(/<circle /g)).toHaveLength(3 + 1); // three markers and one in the legend
    expect(svg).toContain("<polygon ");
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain(">forecast</text>");
    for (const tick of ["0", "20", "40", "60", "80", "100"]) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).not.toMatch(/NaN|Infinity|\d\.\d{3,}/);
  });

  it("places the legend in the corner asked for, and an annotation label at the bottom", () => {
    const series = [
      {
        label: "a",
        points: [
          { x: 0, y: 0 },
          { x: 10, y: 10 },
        ],
      },
    ];
    const legendBox = (svg: string): string =>
      /<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="[\d.]+" fill="#ffffff" fill-opacity/
        .exec(svg)!
        .slice(1)
        .join(",");
    const boxes = (["top-left", "top-right", "bottom-left", "bottom-right"] as const).map((legend) =>
      legendBox(lineChart({ series, legend })),
    );
    expect(new Set(boxes).size).toBe(4);
    expect(legendBox(lineChart({ series }))).toBe(boxes[1]);
    expect(lineChart({ series, legend: false })).not.toContain('fill-opacity="0.9"');
    const top = lineChart({ series, annotations: [{ x: 5, label: "here" }] });
    const bottom = lineChart({ series, annotations: [{ x: 5, label: "here", at: "bottom" }] });
    const labelY = (svg: string): number => Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*>here</.exec(svg)![1]);
    expect(labelY(bottom)).toBeGreaterThan(labelY(top));
  });

  it("draws a heat map with labelled cells, empty cells left out, and a colour scale", () => {
    const options = {
      title: "Cohorts",
      rows: ["2026-01", "2026-02"],
      columns: ["0", "1", "2"],
      values: [
        [100, 80, 72.5],
        [100, 90, undefined],
      ],
      min: 0,
      max: 100,
      rowNotes: ["40", "30"],
      rowNotesTitle: "size",
      format: (v: number) => num(v, 1),
      scaleLabel: "% active",
    };
    const svg = heatMap(options);
    expect(heatMap(options)).toBe(svg);
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="44" height="24"/g)).toHaveLength(5);
    expect(svg).toContain(">72.5</text>");
    expect(svg).toContain(`fill="${colorAt(["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"], 0.725)}"`);
    expect(svg).toContain(">size</text>");
    expect(svg).toContain(">% active</text>");
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
