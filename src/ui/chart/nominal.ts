// What a chart draws before its box is measured: in the server's (or the build's) HTML and in the
// browser's hydration render, which must match it. Two drawings, and the stylesheet shows the one
// for the screen (see .trend-chart__svg--phone): the chart's width on a 1366-px screen, and on a
// phone. Each scales to its box until the measured width takes over.
export const NOMINAL_DRAWINGS = [
  { screen: 'desktop', width: 1260 },
  { screen: 'phone', width: 330 },
] as const;

/** The screens that show the phone drawing: the same query as in the chart stylesheet. */
export const PHONE_SCREEN = '(max-width: 640px)';
