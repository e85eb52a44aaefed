// Charts as inline SVG: horizontal bars (optionally stacked) and columns over days. No script, no external asset:
// the report is one file that opens anywhere, and every label is escaped.

export interface Segment {
  value: number;
  color: string;
  label: string;
}

export interface Bar {
  label: string;
  segments: Segment[];
}

export const PALETTE = {
  blue: '#2f6db5',
  green: '#2e8b57',
  amber: '#d08c00',
  red: '#c0392b',
  grey: '#7f8c8d',
  purple: '#7d3c98',
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function figure(id: string, title: string, body: string, legend: Segment[] = []): string {
  const keys = legend
    .map(
      (item) =>
        `<span class="key"><span class="swatch" style="background:${item.color}"></span>${escapeHtml(item.label)}</span>`,
    )
    .join('');
  return `<figure class="chart" data-chart="${escapeHtml(id)}"><figcaption>${escapeHtml(title)}</figcaption>${body}${
    keys ? `<div class="legend">${keys}</div>` : ''
  }</figure>`;
}

function empty(width: number): string {
  return `<svg role="img" aria-label="no data" width="${width}" height="48" viewBox="0 0 ${width} 48"><rect x="0" y="0" width="${width}" height="48" fill="#f4f6f8"/><text x="12" y="29" font-size="13" fill="#555">No data in this period</text></svg>`;
}

/** Horizontal bars, one row per item; each bar may stack several segments. */
export function barChart(
  id: string,
  title: string,
  bars: Bar[],
  options: { width?: number; labelWidth?: number; unit?: string } = {},
): string {
  const width = options.width ?? 560;
  const labelWidth = options.labelWidth ?? 190;
  const row = 26;
  const valueWidth = 70;
  const plot = width - labelWidth - valueWidth;
  const totals = bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.value, 0));
  const max = Math.max(0, ...totals);
  if (bars.length === 0 || max === 0) return figure(id, title, empty(width));
  const height = bars.length * row + 8;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * row;
    let x = labelWidth;
    const rects = bar.segments
      .filter((segment) => segment.value > 0)
      .map((segment) => {
        const w = Math.max(2, (segment.value / max) * plot);
        const rect = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 8}" fill="${segment.color}"><title>${escapeHtml(`${segment.label}: ${segment.value}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const total = totals[index] ?? 0;
    const value = `${Number.isInteger(total) ? total : total.toFixed(1)}${options.unit ?? ''}`;
    return `<text x="${labelWidth - 8}" y="${y + row / 2 + 4}" text-anchor="end" font-size="12" fill="#222">${escapeHtml(truncate(bar.label, Math.floor(labelWidth / 7.4)))}</text>${rects}<text x="${(x + 6).toFixed(1)}" y="${y + row / 2 + 4}" font-size="12" fill="#222">${escapeHtml(value)}</text>`;
  });
  // A legend only where bars stack segments of different kinds; a bar's own label names a single one.
  const legend = bars.some((bar) => bar.segments.length > 1) ? uniqueSegments(bars) : [];
  return figure(
    id,
    title,
    `<svg role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg>`,
    legend.length > 1 ? legend : [],
  );
}

function uniqueSegments(bars: Bar[]): Segment[] {
  const seen = new Map<string, Segment>();
  for (const bar of bars)
    for (const segment of bar.segments) if (!seen.has(segment.label)) seen.set(segment.label, segment);
  return [...seen.values()];
}

/** One column per day, labelled every few days. */
export function columnChart(
  id: string,
  title: string,
  points: { label: string; value: number }[],
  color: string,
): string {
  const width = 560;
  const height = 160;
  const bottom = 24;
  const max = Math.max(0, ...points.map((point) => point.value));
  if (points.length === 0 || max === 0) return figure(id, title, empty(width));
  const step = (width - 40) / points.length;
  const every = Math.max(1, Math.ceil(points.length / 8));
  const columns = points
    .map((point, index) => {
      const h = (point.value / max) * (height - bottom - 16);
      const x = 32 + index * step;
      const label =
        index % every === 0
          ? `<text x="${(x + step / 2).toFixed(1)}" y="${height - 6}" text-anchor="middle" font-size="10" fill="#555">${escapeHtml(point.label)}</text>`
          : '';
      return `<rect x="${(x + 1).toFixed(1)}" y="${(height - bottom - h).toFixed(1)}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeHtml(`${point.label}: ${point.value}`)}</title></rect>${label}`;
    })
    .join('');
  const axis = `<line x1="30" y1="${height - bottom}" x2="${width - 4}" y2="${height - bottom}" stroke="#999"/><text x="26" y="20" text-anchor="end" font-size="10" fill="#555">${max}</text>`;
  return figure(
    id,
    title,
    `<svg role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${axis}${columns}</svg>`,
  );
}
