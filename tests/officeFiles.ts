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
      .replace(/&quot;/g, '"'),
  );
