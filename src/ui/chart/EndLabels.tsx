// Each emphasised series' name at the end of its line, with its note, optionally a link (to the unit's profile).
import type { MouseEvent } from 'react';
import type { EndLabel } from './layout';

type Props = {
  labels: readonly EndLabel[];
  /** Where a name links to; no link when absent. */
  hrefFor?: (key: string) => string;
  /** Follows a plain click within the app; without it the link loads its page. */
  onNavigate?: (href: string) => void;
};

/** A click that opens a new tab or window, or saves the link, is left to the browser. */
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function EndLabels({ labels, hrefFor, onNavigate }: Props) {
  return (
    <g className="trend-chart__end-labels">
      {labels.map((l) => {
        const text = (
          <text key={l.key} x={l.x} y={l.y} dy="0.35em" fill={l.colour} className="trend-chart__end-label">
            {l.label}
            {l.note ? (
              <tspan x={l.x} dy="1.2em" className="trend-chart__end-note">
                {l.note}
              </tspan>
            ) : null}
          </text>
        );
        if (!hrefFor) return text;
        const href = hrefFor(l.key);
        // A real link, as table rows have: it can be opened in a new tab, and is announced as a link.
        return (
          <a
            key={l.key}
            href={href}
            className="trend-chart__end-link"
            onClick={(event) => {
              if (!onNavigate || !isPlainClick(event)) return;
              event.preventDefault();
              onNavigate(href);
            }}
          >
            {text}
          </a>
        );
      })}
    </g>
  );
}
