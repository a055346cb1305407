// Reading generated Office files back: they are zip archives of XML parts.
import { strFromU8, unzipSync } from 'fflate';

export async function officeParts(blob: Blob): Promise<Map<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return new Map(Object.entries(files).map(([name, bytes]) => [name, name.endsWith('.png') ? `(${bytes.length} bytes)` : strFromU8(bytes)]));
}

/** The text of every `<tag>…</tag>` in an XML part, in document order. */
export const xmlTexts = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );

/** A native chart's series: name, values (null where blank) and line dash, from its chart XML part. */
export const chartSeries = (xml: string) =>
  [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, ser]) => ({
    name: xmlTexts(/<c:tx>(.*?)<\/c:tx>/s.exec(ser!)![1]!, 'c:v')[0],
    values: xmlTexts(/<c:val>(.*?)<\/c:val>/s.exec(ser!)![1]!, 'c:v').map((v) => (v === '' ? null : Number(v))),
    dash: /<c:spPr>.*?<a:prstDash val="(\w+)"/s.exec(ser!)?.[1] ?? null,
  }));

/** The parts whose names match, in order (pptxgenjs numbers charts across files, so "chart1" is not a given). */
export const partsNamed = (parts: Map<string, string>, pattern: RegExp) =>
  [...parts.entries()]
    .filter(([name]) => pattern.test(name))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, xml]) => xml);
