// Text typed in VNI fonts (VNI-Times …), read back as Unicode. VNI draws a Vietnamese letter as an
// ASCII base letter followed by a Latin-1 character that the font draws as its marks, so once the
// font is gone "Thái Hòa" reads "Thaùi Hoøa". The table is VNI for Windows': lower-case marks
// after lower-case letters, upper-case after upper-case; ơ ư đ and five letters with i or y are
// single characters.

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** The character after a vowel, and the marks it stands for: [vowel mark, tone mark]. */
const MARKS: Record<string, [string, string]> = {
  ù: ['', ACUTE],
  ø: ['', GRAVE],
  û: ['', HOOK],
  õ: ['', TILDE],
  ï: ['', DOT],
  â: [CIRCUMFLEX, ''],
  á: [CIRCUMFLEX, ACUTE],
  à: [CIRCUMFLEX, GRAVE],
  å: [CIRCUMFLEX, HOOK],
  ã: [CIRCUMFLEX, TILDE],
  ä: [CIRCUMFLEX, DOT],
  ê: [BREVE, ''],
  é: [BREVE, ACUTE],
  è: [BREVE, GRAVE],
  ú: [BREVE, HOOK],
  ü: [BREVE, TILDE],
  ë: [BREVE, DOT],
};

/** Letters VNI types as one character. */
const SINGLE: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

const upper = <T>(table: Record<string, T>) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k.toUpperCase(), v]));
const MARK = new Map(Object.entries({ ...MARKS, ...upper(MARKS) }));
const ONE = new Map(Object.entries({ ...SINGLE, ...Object.fromEntries(Object.entries(SINGLE).map(([k, v]) => [k.toUpperCase(), v.toUpperCase()])) }));

/** What a mark may follow: the vowels, with ơ and ư as VNI types them (ô, ö). */
const VOWEL = /[aeiouyôöAEIOUYÔÖ]/;
/** A circumflex goes on a, e or o only; a breve on a only. */
const takes = (base: string, vowelMark: string) => vowelMark === '' || (vowelMark === CIRCUMFLEX ? /[aeoAEO]/.test(base) : /[aA]/.test(base));

/** Characters Unicode Vietnamese never holds, but VNI text is full of. */
const VNI_ONLY = new Set([...'øûïåäëüöñæîØÛÏÅÄËÜÖÑÆÎ']);
/** Of those, the ones that are marks: in VNI text they always follow a vowel. */
const TONE_ONLY = new Set([...'øûïåäëüØÛÏÅÄËÜ']);

/**
 * Whether a text is VNI read as Latin-1: nothing beyond Latin-1 and none of the characters only
 * TCVN3 uses (0xA1–0xBF); a character Unicode Vietnamese never has, or a vowel followed by ù or õ
 * (which Unicode never writes after a vowel); and every mark-only character after a vowel.
 */
export function looksLikeVni(text: string): boolean {
  let marked = false;
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code > 0xff || (code >= 0xa1 && code <= 0xbf)) return false;
    const afterVowel = VOWEL.test(previous);
    if (TONE_ONLY.has(ch) && !afterVowel) return false;
    if (VNI_ONLY.has(ch) || (afterVowel && /[ùõÙÕ]/.test(ch))) marked = true;
    previous = ch;
  }
  return marked;
}

export function fromVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const base = ONE.get(ch) ?? ch;
    const mark = VOWEL.test(ch) ? MARK.get(chars[i + 1] ?? '') : undefined;
    if (mark && takes(ch, mark[0])) {
      // ô and ö are ơ and ư, which take tones only.
      out += (base === ch ? ch + mark[0] : base) + mark[1];
      i++;
    } else out += base;
  }
  return out.normalize('NFC');
}
