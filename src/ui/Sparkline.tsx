// A small trend line inside a KPI card, with the same scales and provenance markers as the full charts.
import { isSourced, type TrendPoint } from './chart/layout';
import { linearScale } from './chart/scale';

type Props = { points: readonly TrendPoint[]; reversed?: boolean; label: string; width?: number; height?: number };

const PAD = 5;

/** The values' span; one unit wide when they are all equal, so that a flat line lies along the baseline. */
function extent(values: readonly number[]): [number, number] {
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  return [lowest, highest > lowest ? highest : lowest + 1];
}

export function Sparkline({ points, reversed = false, label, width = 180, height = 44 }: Props) {
  if (points.length < 2) return null;
  const sx = linearScale(extent(points.map((p) => p.x)), [PAD, width - PAD]);
  const sy = linearScale(extent(points.map((p) => p.value)), reversed ? [PAD, height - PAD] : [height - PAD, PAD]);
  const segments = points.slice(1).map((p, i) => {
    const prev = points[i]!;
    const sourced = isSourced(prev.provenance) && isSourced(p.provenance);
    return (
      <line
        key={p.x}
        x1={sx(prev.x)}
        y1={sy(prev.value)}
        x2={sx(p.x)}
        y2={sy(p.value)}
        className="sparkline__segment"
        strokeDasharray={sourced ? undefined : '4 3'}
      />
    );
  });
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {segments}
      {points.map((p) => (
        <circle key={p.x} cx={sx(p.x)} cy={sy(p.value)} r={3.5} className={`sparkline__dot sparkline__dot--${isSourced(p.provenance) ? 'filled' : 'hollow'}`} />
      ))}
    </svg>
  );
}
