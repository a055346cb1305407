// Writes a chart's workbook (content from domain/exportTable): numbers stored as numbers with their
// format, a frozen bold header and readable column widths on both sheets. Loaded on demand
// (write-excel-file), and it imports nothing of the app at run time, so the first page load stays as it was.
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { ExportCell, WorkbookContent } from '../../domain/exportTable';

/** Characters wide, in EXPORT_COLUMNS order: names and periods fit, long source titles stay readable. */
const DATA_WIDTHS = [10, 18, 26, 11, 11, 10, 15, 22, 60, 40];
const SOURCES_WIDTHS = [80, 34, 14, 50];

const cell = (c: ExportCell): Cell => {
  switch (c.type) {
    case 'integer':
      return { value: c.value, type: Number, format: '0' };
    case 'decimal':
      return { value: c.value, type: Number, format: '0.00' };
    case 'text':
      return { value: c.value, type: String };
    case 'empty':
      return null;
  }
};

const bold = (value: string): Cell => ({ value, type: String, fontWeight: 'bold' });

export async function writeWorkbook({ data, sources }: WorkbookContent): Promise<Blob> {
  const sourceRows: Row[] = [
    sources.header.map(bold),
    ...sources.rows,
    [],
    [sources.dataUpdated],
    [],
    [bold(sources.legendTitle)],
    ...sources.legend.map(([label, meaning]) => [label, meaning]),
  ];
  return writeXlsxFile(
    [
      {
        sheet: data.name,
        data: [data.header.map(bold), ...data.rows.map((row) => row.map(cell))],
        stickyRowsCount: 1,
        columns: DATA_WIDTHS.map((width) => ({ width })),
      },
      { sheet: sources.name, data: sourceRows, stickyRowsCount: 1, columns: SOURCES_WIDTHS.map((width) => ({ width })) },
    ],
    // A font every Office install has, with every Vietnamese letter.
    { fontFamily: 'Arial', fontSize: 11 },
  ).toBlob();
}
