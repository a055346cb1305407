// Writes a unit's report as a Word file in the form an office writes one: heading and date, the
// headline figures as a table, each chart as a print-resolution image with a sentence on what
// changed, the events, and the sources as a numbered list. Loaded on demand (docx), importing no
// app code at run time.
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export type ReportChart = {
  title: string;
  subtitle: string;
  /** What changed, as the page's summary says it. */
  sentence: string;
  /** A PNG of the chart slide (16:9), or null when the page showed the chart as a table. */
  image: Uint8Array | null;
};

export type ReportContent = {
  title: string;
  date: string;
  /** When the data in it last changed. */
  dataUpdated: string;
  lead: string;
  figuresHeading: string;
  figures: { header: string[]; rows: string[][] };
  /** What "illustrative" means, under the table. */
  legend: string;
  chartsHeading: string;
  charts: ReportChart[];
  noImage: string;
  eventsHeading: string;
  events: string[];
  sourcesHeading: string;
  sources: string[];
};

// Arial carries every Vietnamese letter and is on every machine that opens a .docx.
const FONT = 'Arial';
/** 16 cm wide on the page; the PNG behind it is 3200 px, about 500 dpi. */
const IMAGE = { width: 605, height: 340 };

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export async function writeReport(report: ReportContent): Promise<Blob> {
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
  const chartParagraphs = report.charts.flatMap((chart) => [
    new Paragraph({ text: chart.title, heading: HeadingLevel.HEADING_3 }),
    new Paragraph({ children: [new TextRun({ text: chart.subtitle, italics: true })] }),
    chart.image
      ? new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: chart.image,
              transformation: IMAGE,
              altText: { name: chart.title, description: chart.sentence, title: chart.title },
            }),
          ],
        })
      : new Paragraph({ children: [new TextRun({ text: report.noImage, italics: true })] }),
    new Paragraph({ text: chart.sentence, spacing: { after: 160 } }),
  ]);
  const document = new Document({
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [{ reference: 'sources', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: report.date, italics: true })] }),
          new Paragraph({ children: [new TextRun({ text: report.dataUpdated, italics: true })] }),
          new Paragraph({ text: report.lead, spacing: { after: 160 } }),
          heading(report.figuresHeading),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: report.figures.header.map((h) => cell(h, true)) }),
              ...report.figures.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: report.legend, italics: true, size: 18 })], spacing: { before: 80 } }),
          heading(report.chartsHeading),
          ...chartParagraphs,
          ...(report.events.length ? [heading(report.eventsHeading), ...report.events.map((text) => new Paragraph({ text, bullet: { level: 0 } }))] : []),
          heading(report.sourcesHeading),
          ...report.sources.map((text) => new Paragraph({ text, numbering: { reference: 'sources', level: 0 } })),
        ],
      },
    ],
  });
  return Packer.toBlob(document);
}
