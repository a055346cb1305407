// Writes slides (their content from slideChart and the callers) as a 16:9 PowerPoint file whose
// charts are native and editable, their data embedded. Loaded on demand (pptxgenjs) and importing
// nothing of the app at run time, so the first page load stays as it was.
import PptxGenJS from 'pptxgenjs';
import type { DeckSlide, SlideChart } from '../../domain/slideChart';

export type DeckFile = { title: string; slides: DeckSlide[]; colours: readonly string[] };

// Arial carries every Vietnamese letter and is on every machine that opens a .pptx.
const FONT = 'Arial';
const TEXT = '1A1F24';
const MUTED = '4F5B66';
const W = 13.333;

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
/** A lighter shade of the unit's colour for bars that are illustrative. */
const tint = (colour: string) =>
  hex(colour).replace(/../g, (c) =>
    Math.round(255 - (255 - parseInt(c, 16)) * 0.4)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase(),
  );

type ChartOptions = Record<string, unknown>;

/**
 * pptxgenjs's types lag its code: they allow no reversed axis ('maxMin'), no gaps (null values)
 * and no options for a chart of several parts (passed second). Its code handles all three.
 */
function untypedChart(
  slide: PptxGenJS.Slide,
  type: 'bar' | readonly { type: 'line'; data: unknown[]; options: ChartOptions }[],
  data: unknown,
  options: ChartOptions,
) {
  if (typeof type === 'string') slide.addChart(type as PptxGenJS.CHART_NAME, data as unknown[], options as PptxGenJS.IChartOpts);
  else slide.addChart(type as unknown as PptxGenJS.IChartMulti[], options as unknown as unknown[]);
}

function addChart(slide: PptxGenJS.Slide, { data, categories, valueTitle }: NonNullable<DeckSlide['chart']>, colours: readonly string[]) {
  const colourOf = (i: number) => colours[i % colours.length]!;
  const toData = (series: SlideChart['series']) => series.map((s) => ({ name: s.name, labels: categories, values: s.values }));
  const rank = data.rankedOf !== null;
  const axes: ChartOptions = {
    x: 0.5,
    y: 1.45,
    w: W - 1,
    h: 4.55,
    showLegend: true,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 14,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 16,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 14,
    showValAxisTitle: true,
    valAxisTitle: valueTitle,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: 14,
    valGridLine: { color: 'E3E7EB', size: 1 },
    showValue: true,
    dataLabelFontFace: FONT,
    dataLabelFontSize: 14,
    dataLabelFormatCode: rank ? '0' : '#,##0.##',
    displayBlanksAs: 'gap',
    ...(rank
      ? // Rank 1 at the top, as on the web chart; the years stay at the bottom (the axis crosses at N, labels at its high end).
        {
          valAxisOrientation: 'maxMin',
          valAxisMinVal: 1,
          valAxisMaxVal: data.rankedOf!,
          valAxisMajorUnit: data.rankedOf! > 40 ? 10 : data.rankedOf! > 10 ? 4 : 1,
          valAxisCrossesAt: data.rankedOf!,
          catAxisLabelPos: 'high',
        }
      : { valAxisMinVal: 0 }),
  };
  if (data.kind === 'bar') {
    const oneUnit = new Set(data.series.map((s) => s.colourIndex)).size === 1;
    untypedChart(slide, 'bar', toData(data.series), {
      ...axes,
      barDir: 'col',
      // One unit: its sourced and illustrative bars share a slot (each period has only one of them).
      barGrouping: 'clustered',
      barOverlapPct: oneUnit ? 100 : 0,
      barGapWidthPct: 60,
      chartColors: data.series.map((s) => (s.illustrative ? tint(colourOf(s.colourIndex)) : hex(colourOf(s.colourIndex)))),
      dataLabelPosition: 'outEnd',
    });
    return;
  }
  const sourced = data.series.filter((s) => !s.illustrative);
  const illustrative = data.series.filter((s) => s.illustrative);
  const line = (series: SlideChart['series'], dashed: boolean) => ({
    type: 'line' as const,
    data: toData(series),
    options: {
      chartColors: series.map((s) => hex(colourOf(s.colourIndex))),
      lineSize: 4,
      lineDash: dashed ? ('dash' as const) : ('solid' as const),
      lineDataSymbol: 'circle' as const,
      lineDataSymbolSize: 10,
      dataLabelPosition: 't' as const,
    },
  });
  const parts = [sourced.length ? line(sourced, false) : null, illustrative.length ? line(illustrative, true) : null].filter((p) => p !== null);
  untypedChart(slide, parts, null, axes);
}

export async function writeDeck(deck: DeckFile): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  for (const content of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(content.title, { x: 0.5, y: 0.25, w: W - 1, h: 0.7, fontFace: FONT, fontSize: 30, bold: true, color: TEXT, fit: 'shrink' });
    slide.addText(content.subtitle, { x: 0.5, y: 0.9, w: W - 1, h: 0.45, fontFace: FONT, fontSize: 18, color: MUTED });
    if (content.chart) addChart(slide, content.chart, deck.colours);
    if (content.table) {
      const head = content.table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'EEF1F4' } } }));
      const rows = content.table.rows.map((r) => r.map((text) => ({ text })));
      slide.addTable([head, ...rows], {
        x: 0.5,
        y: 1.45,
        w: W - 1,
        fontFace: FONT,
        // A year's whole ranking (22 rows) fits between the subtitle and the legend.
        fontSize: rows.length > 12 ? 10 : 16,
        rowH: Math.min(0.45, 4.5 / (rows.length + 1)),
        margin: rows.length > 12 ? 0.02 : 0.06,
        color: TEXT,
        border: { type: 'solid', pt: 0.5, color: 'C9D0D6' },
        autoPage: false,
      });
    }
    slide.addText(content.legend, { x: 0.5, y: 6.1, w: W - 1, h: 0.4, fontFace: FONT, fontSize: 13, color: MUTED });
    slide.addText(content.footer, { x: 0.5, y: 6.5, w: W - 1, h: 0.8, fontFace: FONT, fontSize: 12, color: MUTED, valign: 'top', fit: 'shrink' });
    slide.addNotes(content.notes);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
