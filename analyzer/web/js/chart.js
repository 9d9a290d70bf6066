// Timeline charts (uPlot) with a marked window, e.g. the spike an answer talks about.

import uPlot from "../vendor/uPlot.esm.js";
import { h } from "./dom.js";

const PALETTE = ["#4f46e5", "#e11d48", "#0891b2", "#d97706", "#16a34a", "#7c3aed", "#64748b"];

/** A colour for the i-th series. */
export const colour = (i) => PALETTE[i % PALETTE.length];

const seconds = (iso) => new Date(iso).getTime() / 1000;

function marksPlugin(marks) {
  return {
    hooks: {
      drawClear: [
        (u) => {
          const { ctx } = u;
          ctx.save();
          for (const mark of marks) {
            const x0 = u.valToPos(seconds(mark.start), "x", true);
            const x1 = u.valToPos(seconds(mark.end ?? mark.start), "x", true);
            ctx.fillStyle = "rgba(225, 29, 72, 0.12)";
            ctx.strokeStyle = "rgba(225, 29, 72, 0.6)";
            const width = Math.max(x1 - x0, 2);
            ctx.fillRect(x0, u.bbox.top, width, u.bbox.height);
            ctx.strokeRect(x0, u.bbox.top, width, u.bbox.height);
          }
          ctx.restore();
        },
      ],
    },
  };
}

function widthOf(container) {
  return Math.max(260, Math.floor(container.getBoundingClientRect().width || 600));
}

/**
 * Draw one chart: {title, buckets: [iso…], series: [{name, values}], marks: [{start, end, label}]}.
 * Returns a figure element (with a text description for screen readers).
 */
export function timelineChart(chart, { height = 220 } = {}) {
  const plot = h("div", { class: "chart-plot" });
  const marks = chart.marks || [];
  const figure = h("figure", { class: "chart" },
    h("figcaption", { class: "chart-title" }, chart.title || "Timeline"),
    plot,
    marks.length
      ? h("p", { class: "chart-marks small" }, "Marked: ",
          marks.map((m, i) => [i ? "; " : "", m.label || "window", ` (${m.start} – ${m.end ?? m.start})`]))
      : null,
  );
  const x = (chart.buckets || []).map(seconds);
  const series = chart.series || [];
  const data = [x, ...series.map((s) => s.values)];
  const opts = {
    width: 600,
    height,
    plugins: [marksPlugin(marks)],
    scales: { x: { time: true } },
    legend: { show: series.length > 1, live: false },
    cursor: { drag: { x: false, y: false } },
    axes: [{ stroke: "#8a93a6", grid: { stroke: "rgba(138,147,166,0.15)" } },
           { stroke: "#8a93a6", grid: { stroke: "rgba(138,147,166,0.15)" }, size: 48 }],
    series: [{}, ...series.map((s, i) => ({
      label: s.name, stroke: colour(i), width: 2, fill: i === 0 ? "rgba(79,70,229,0.08)" : undefined,
      points: { show: x.length < 60 },
    }))],
  };
  const total = series.map((s) => `${s.name}: ${s.values.reduce((a, b) => a + (b || 0), 0)}`).join(", ");
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", `${chart.title || "Timeline"} over ${x.length} buckets. Totals: ${total}.`);
  requestAnimationFrame(() => {
    const instance = new uPlot({ ...opts, width: widthOf(plot) }, data, plot);
    new ResizeObserver(() => instance.setSize({ width: widthOf(plot), height })).observe(plot);
  });
  return figure;
}

/**
 * A multi-series time chart for the admin page: x = epoch seconds; each series
 * {name, values, colour?: palette index, dash?: [on, off]}. The legend names the series.
 */
export function seriesChart(title, x, series, { height = 200, unit = "" } = {}) {
  const plot = h("div", { class: "chart-plot" });
  const figure = h("figure", { class: "chart chart-small" },
    h("figcaption", { class: "chart-title" }, title), plot);
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", `${title}: ${series.map((s) => s.name).join(", ")}`);
  const opts = {
    width: 400,
    height,
    scales: { x: { time: true } },
    cursor: { drag: { x: false, y: false } },
    legend: { live: false },
    axes: [{ stroke: "#8a93a6", grid: { stroke: "rgba(138,147,166,0.15)" } },
           { stroke: "#8a93a6", grid: { stroke: "rgba(138,147,166,0.15)" }, size: 56,
             values: (u, vals) => vals.map((v) => `${v}${unit}`) }],
    series: [{}, ...series.map((s, i) => ({
      label: s.name, stroke: colour(s.colour ?? i), width: 2, dash: s.dash || undefined,
      points: { show: x.length < 40 },
    }))],
  };
  requestAnimationFrame(() => {
    const instance = new uPlot({ ...opts, width: widthOf(plot) }, [x, ...series.map((s) => s.values)], plot);
    new ResizeObserver(() => instance.setSize({ width: widthOf(plot), height })).observe(plot);
  });
  return figure;
}
