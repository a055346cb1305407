// A small trend line inside a KPI card, with the same provenance markers as the full charts.
import type { Provenance } from '../api/contract';

type Point = { x: number; value: number; provenance: Provenance };

type Props = { points: readonly Point[]; reversed?: boolean; label: string; width?: number; height?: number };

export function Sparkline({ points, reversed = false, label, width = 180, height = 44 }: Props) {
  if (points.length < 2) return null;
  const pad = 5;
  const xs = points.map((p) => p.x);
  const vs = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  const sx = (x: number) => pad + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const sy = (v: number) => {
    const t = (v - v0) / (v1 - v0 || 1);
    return pad + (reversed ? t : 1 - t) * (height - 2 * pad);
  };
  const segments = points.slice(1).map((p, i) => {
    const prev = points[i]!;
    const sourced = prev.provenance !== 'illustrative' && p.provenance !== 'illustrative';
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
        <circle
          key={p.x}
          cx={sx(p.x)}
          cy={sy(p.value)}
          r={3.5}
          className={`sparkline__dot sparkline__dot--${p.provenance === 'illustrative' ? 'hollow' : 'filled'}`}
        />
      ))}
    </svg>
  );
}
