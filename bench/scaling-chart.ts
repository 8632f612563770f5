/** A point of the scaling run: how many topics, and how long the whole build took. */
export interface ScalePoint {
  factor: number;
  topics: number;
  seconds: number;
}

/** An SVG line chart of build time against topic count, small enough to read in a diff. */
export function scalingChart(points: readonly ScalePoint[]): string {
  const width = 560;
  const height = 320;
  const margin = { top: 32, right: 72, bottom: 48, left: 56 };
  const maxTopics = Math.max(...points.map((point) => point.topics));
  const maxSeconds = Math.max(...points.map((point) => point.seconds));
  const x = (topics: number) => margin.left + (topics / maxTopics) * (width - margin.left - margin.right);
  const y = (seconds: number) => height - margin.bottom - (seconds / maxSeconds) * (height - margin.top - margin.bottom);
  const line = points.map((point) => `${x(point.topics).toFixed(1)},${y(point.seconds).toFixed(1)}`).join(' ');
  const dots = points
    .map((point) => `<circle cx="${x(point.topics).toFixed(1)}" cy="${y(point.seconds).toFixed(1)}" r="4"/><text x="${x(point.topics).toFixed(1)}" y="${(y(point.seconds) - 10).toFixed(1)}" text-anchor="middle">×${point.factor}: ${point.seconds.toFixed(1)} s</text>`)
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">
  <title>unfold build time against topic count</title>
  <line x1="${margin.left}" y1="${height - margin.bottom}" x2="${width - margin.right}" y2="${height - margin.bottom}" stroke="#555"/>
  <line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${height - margin.bottom}" stroke="#555"/>
  <text x="${width / 2}" y="${height - 12}" text-anchor="middle">topics (${maxTopics} at most)</text>
  <text x="16" y="${height / 2}" text-anchor="middle" transform="rotate(-90 16 ${height / 2})">build time, s (${maxSeconds.toFixed(1)} at most)</text>
  <polyline points="${line}" fill="none" stroke="#2a6f97" stroke-width="2"/>
  <g fill="#2a6f97">
  ${dots}
  </g>
</svg>
`;
}
