// Chart text styling that follows the page theme: Recharts writes tick colours as inline styles,
// so the theme's custom properties are passed in rather than set from the stylesheet.
export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 13 } as const;
