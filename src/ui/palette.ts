// Colours for selected units: Okabe–Ito hues (distinguishable with colour-blindness), adjusted
// to keep 3:1 contrast on both the light and the dark chart surface. Never the only cue:
// every line and bar also carries its unit's name.
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#9A6FB0', '#AD7A00'] as const;

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
