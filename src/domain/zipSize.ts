// How large a zip (an .xlsx is one) says its files are once unpacked, read from its central
// directory without unpacking anything: a small upload that unpacks to gigabytes is refused first.
// A zip may lie in its directory, so what it truly unpacks to is also measured, stopping at a cap.
import { Inflate } from 'fflate';

/** One file in the zip's central directory: how it is packed, the size it declares, where its local header is. */
type Entry = { method: number; declared: number; local: number };

/** The zip's central directory: its entries and where it starts; null when the bytes are not a zip. */
function directoryOf(bytes: Uint8Array): { entries: Entry[]; directory: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is within the last 64 kB + 22 bytes (its comment is at most 64 kB).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const directory = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  let at = directory;
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    entries.push({ method: view.getUint16(at + 10, true), declared: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true) });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, directory };
}

/** The total unpacked size the directory declares, or null when the bytes are not a zip. */
export function xlsxUnpackedSize(bytes: Uint8Array): number | null {
  const zip = directoryOf(bytes);
  if (!zip) return null;
  // 0xFFFFFFFF means the size is in a Zip64 field: more than 4 GB, or hiding it.
  return zip.entries.reduce((total, e) => (e.declared === 0xffffffff ? Number.POSITIVE_INFINITY : total + e.declared), 0);
}

/** Deflated data is fed in pieces this small, so one piece unpacks to at most ~4 MB past the cap. */
const PIECE = 4096;

/**
 * Whether the zip truly unpacks to at most `cap` bytes, whatever sizes its directory declares: each
 * entry's data (everything from its local header to the next one, as a reader could take it) is
 * inflated and counted, and the count stops as soon as it passes the cap. Null when the bytes are
 * not a zip or an entry cannot be unpacked.
 */
export function unpacksWithin(bytes: Uint8Array, cap: number): boolean | null {
  const zip = directoryOf(bytes);
  if (!zip) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = [...zip.entries.map((e) => e.local), zip.directory].sort((a, b) => a - b);
  let total = 0;
  for (const { method, local } of zip.entries) {
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    const from = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const to = Math.min(bytes.length, starts.find((start) => start > local) ?? bytes.length);
    if (method === 0) total += Math.max(0, to - from);
    else if (method === 8) {
      const inflate = new Inflate((chunk) => void (total += chunk.length));
      try {
        for (let at = from; at < to && total <= cap; at += PIECE) inflate.push(bytes.subarray(at, Math.min(to, at + PIECE)), false);
      } catch {
        return null;
      }
    } else return null;
    if (total > cap) return false;
  }
  return true;
}
