// CSV as spreadsheets write it: `;` (Excel where the decimal mark is a comma, as in Vietnam) or `,`
// between cells, quoted cells with doubled quotes and line breaks inside, and numbers with a
// decimal comma or point ("84,76").

export type CsvSeparator = ';' | ',';

/** Rows of cells; trailing empty rows dropped. */
export function parseCsv(text: string): { rows: string[][]; separator: CsvSeparator } {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  while (rows.length > 0 && rows.at(-1)!.every((c) => c.trim() === '')) rows.pop();
  return { rows, separator };
}

/** The separator the first line uses outside quotes; `;` when it has as many as `,`. */
function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/**
 * A number written with a decimal comma or point, or null when the cell is not one. Thousands
 * separators are not guessed ("1.234" could be either): figures here are ranks, scores and counts.
 */
export function parseDecimal(cell: string): number | null {
  const trimmed = cell.trim();
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}
