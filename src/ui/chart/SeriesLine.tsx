// One emphasised series: its line (solid where sourced, dashed otherwise), a marker on every point
// showing that point's provenance, and, when asked, each point's value printed beside it.
import { isSourced, type PlacedPoint, type SeriesLine as Line } from './layout';

/** A point's marker: filled when a source gives it (or it is computed from sourced values), hollow when illustrative. */
function ProvenanceDot({ point, colour, r, title }: { point: PlacedPoint; colour: string; r: number; title: string | null }) {
  const sourced = isSourced(point.provenance);
  return (
    <circle
      className={`trend-chart__dot trend-chart__dot--${point.provenance}`}
      cx={point.cx}
      cy={point.cy}
      r={sourced ? r + 0.5 : r}
      stroke={colour}
      strokeWidth={2.5}
      fill={sourced ? colour : '#ffffff'}
    >
      {title === null ? null : <title>{title}</title>}
    </circle>
  );
}

/** Each point's value printed beside it: below the point on a reversed axis, whose best value (rank 1) lies on the top edge. */
export type PointLabels = { format: (y: number) => string; below: boolean };

type Props = {
  line: Line;
  /** The period under the cursor: its marker is drawn larger. */
  activeX: number | null;
  pointLabels: PointLabels | null;
  pointTitle: ((key: string, point: PlacedPoint) => string) | null;
};

export function SeriesLine({ line, activeX, pointLabels, pointTitle }: Props) {
  return (
    <g className="trend-chart__series">
      <path className="trend-chart__line" d={line.path} stroke={line.colour} strokeDasharray="6 5" fill="none" />
      <path className="trend-chart__line trend-chart__line--sourced" d={line.sourcedPath} stroke={line.colour} fill="none" />
      {line.points.map((p) => (
        <ProvenanceDot key={p.x} point={p} colour={line.colour} r={p.x === activeX ? 8 : 5} title={pointTitle ? pointTitle(line.key, p) : null} />
      ))}
      {pointLabels
        ? line.points.map((p) => (
            <text
              key={p.x}
              className="trend-chart__point-label"
              x={p.cx}
              y={p.cy + (pointLabels.below ? 10 : -10)}
              dy={pointLabels.below ? '0.71em' : undefined}
              textAnchor="middle"
            >
              {pointLabels.format(p.value)}
            </text>
          ))
        : null}
    </g>
  );
}
