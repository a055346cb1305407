// Text typed in the legacy TCVN3 (ABC) fonts (.VnTime …) or VNI fonts (VNI-Times …), read back as
// Unicode (VNI: see legacyVni.ts). TCVN3 fonts draw
// Vietnamese letters in place of Latin-1 characters, so a name reads "Th¸i Hßa" once the font is
// gone; the table is TCVN 5712:1993's (glibc's TCVN5712-1), lowercase letters and Ă Â Ê Ô Ơ Ư Đ —
// the slots .VnTime uses (capitals come from the same codes in the .VnTimeH font).

import { fromVni, looksLikeVni } from './legacyVni';

const LEGACY = '¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const UNICODE = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';

const TO_UNICODE = new Map([...LEGACY].map((ch, i) => [ch, [...UNICODE][i]!]));

/** Latin-1 characters a Vietnamese text in Unicode does not use, but TCVN3 text is full of. */
const MARKERS = new Set([...LEGACY].filter((ch) => !'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ'.includes(ch)));

/**
 * Whether a text is TCVN3 read as Latin-1: it holds a TCVN3 letter that Unicode Vietnamese never
 * uses, and nothing beyond Latin-1 (Unicode Vietnamese would have ơ, ư, ạ …).
 */
export function looksLikeTcvn3(text: string): boolean {
  let marked = false;
  for (const ch of text) {
    if (ch.codePointAt(0)! > 0xff) return false;
    if (MARKERS.has(ch)) marked = true;
  }
  return marked;
}

export function fromTcvn3(text: string): string {
  return [...text].map((ch) => TO_UNICODE.get(ch) ?? ch).join('');
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Which legacy encoding a text was typed in, or null for Unicode (or plain ASCII) text. VNI is asked first: it is the stricter test, and VNI text also holds characters TCVN3 uses. */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (looksLikeVni(text)) return 'vni';
  if (looksLikeTcvn3(text)) return 'tcvn3';
  return null;
}

export const toUnicode = (text: string, encoding: LegacyEncoding): string => (encoding === 'vni' ? fromVni(text) : fromTcvn3(text));
