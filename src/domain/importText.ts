// Reading an uploaded text file (CSV) as the editor's spreadsheet wrote it: UTF-8 with or without a
// BOM, UTF-16 (Excel's "Unicode text"), or windows-1258 (Excel's CSV on a Vietnamese Windows).

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** The text in Unicode NFC (windows-1258 writes tones as combining marks), and what it was in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decode = (encoding: TextEncodingName, from = 0) =>
    new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes.subarray(from)).normalize('NFC');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2), encoding: 'utf-16be' };
  // Without a BOM, UTF-16 shows itself by a zero byte beside nearly every ASCII character.
  const sample = bytes.subarray(0, 512);
  const zeros = (parity: number) => sample.filter((b, i) => b === 0 && i % 2 === parity).length;
  if (sample.length >= 4 && zeros(1) > sample.length / 4) return { text: decode('utf-16le'), encoding: 'utf-16le' };
  if (sample.length >= 4 && zeros(0) > sample.length / 4) return { text: decode('utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decode('utf-8'), encoding: 'utf-8' };
  } catch {
    // Bytes that are not UTF-8: the code page Vietnamese Windows saves CSV in.
    return { text: decode('windows-1258'), encoding: 'windows-1258' };
  }
}
