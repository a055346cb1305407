// Plural forms: every message that shows a count reads right in both languages, for any count.
import { describe, expect, it } from 'vitest';
import { catalogue, LANGUAGES, translate, type Message, type MessageKey } from '../../src/i18n/catalogue';
import { formatNumber, LOCALE } from '../../src/i18n/format';

const COUNTS = [0, 1, 2, 5, 21, 1.5];
const KEYS = Object.keys(catalogue.vi) as MessageKey[];

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message) => new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
// `n` is not the plural parameter, but a number it shows is a count all the same ("Slide {n} of {count}").
const isCounted = (message: Message) => typeof message !== 'string' || /\{(count|n)\}/.test(message);
const COUNTED = KEYS.filter((key) => LANGUAGES.some((lang) => isCounted(catalogue[lang][key])));

/** A value for every placeholder the key shows in either language, with the count in `count` and `n`. */
function paramsFor(key: MessageKey, count: number) {
  const params: Record<string, string | number> = {};
  for (const lang of LANGUAGES) for (const name of placeholders(catalogue[lang][key])) params[name] = `‹${name}›`;
  return { ...params, n: count, count };
}

const render = (lang: (typeof LANGUAGES)[number], key: MessageKey, count: number) => translate(lang, key, paramsFor(key, count));
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

// English nouns a count is put in front of. A "1 projects" regression reads as "1 <noun>s".
const PLURAL_NOUNS = ['places', 'projects', 'months', 'years', 'rows', 'units', 'provinces', 'slides', 'seconds', 'points', 'periods', 'sources'];
const readsAsPluralOfOne = (text: string) => new RegExp(`(^|[^\\d.,])1 (?:[\\w-]+ )?(?:${PLURAL_NOUNS.join('|')})\\b`).test(text);

describe('the plural convention', () => {
  it('gives each plural message exactly the categories its language has: one and other in English, other in Vietnamese', () => {
    for (const lang of LANGUAGES) {
      const categories = new Intl.PluralRules(LOCALE[lang]).resolvedOptions().pluralCategories;
      for (const key of KEYS) {
        const message = catalogue[lang][key];
        if (typeof message !== 'string') expect(Object.keys(message).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
    expect(new Intl.PluralRules(LOCALE.en).resolvedOptions().pluralCategories).toEqual(expect.arrayContaining(['one', 'other']));
  });

  it('varies only messages that show {count}, and shows it in every form but a singular that says it in words', () => {
    for (const lang of LANGUAGES)
      for (const key of KEYS) {
        const message = catalogue[lang][key];
        if (typeof message === 'string') continue;
        expect(message.other, `${lang} ${key}`).toContain('{count}');
        for (const [category, text] of Object.entries(message)) if (category !== 'one') expect(text, `${lang} ${key} ${category}`).toContain('{count}');
      }
  });

  it('shows the same placeholders in both languages', () => {
    for (const key of KEYS) expect([...placeholders(catalogue.en[key])].sort(), key).toEqual([...placeholders(catalogue.vi[key])].sort());
  });
});

describe.each(LANGUAGES)('every counted message in %s', (lang) => {
  it.each(COUNTED)('%s: fills every placeholder and shows the count as the language writes it', (key) => {
    for (const count of COUNTS) {
      const text = render(lang, key, count);
      expect(text, `${key} ${count}`).not.toMatch(/\{\w+\}/);
      if (count !== 1 && placeholders(catalogue[lang][key]).has('count')) expect(text, `${key} ${count}`).toContain(formatNumber(lang, count));
    }
  });
});

describe('English', () => {
  const plural = COUNTED.flatMap((key) => {
    const message = catalogue.en[key];
    return typeof message === 'string' ? [] : [[key, message] as const];
  });

  it.each(plural)('%s: 1 takes the singular form, 0, 2, 5, 21 and 1.5 the plural', (key, message) => {
    expect(message.one).toBeDefined();
    expect(render('en', key, 1)).toBe(fill(message.one!, { ...paramsFor(key, 1), count: '1' }));
    expect(message.one).not.toBe(message.other);
    for (const count of [0, 2, 5, 21, 1.5])
      expect(render('en', key, count)).toBe(fill(message.other, { ...paramsFor(key, count), count: formatNumber('en', count) }));
  });

  it('reads "up 1 place", "1 project", "1 month" and their plurals', () => {
    expect(translate('en', 'kpi.change.up', { count: 1 })).toBe('up 1 place');
    expect(translate('en', 'kpi.change.up', { count: 2 })).toBe('up 2 places');
    expect(translate('en', 'kpi.change.down', { count: 1 })).toBe('down 1 place');
    expect(translate('en', 'investment.value', { count: 1 })).toBe('1 project');
    expect(translate('en', 'investment.value', { count: 2 })).toBe('2 projects');
    expect(translate('en', 'investment.value', { count: 0 })).toBe('0 projects');
    expect(translate('en', 'period.months', { count: 1 })).toBe('1 month');
    expect(translate('en', 'period.years', { count: 3 })).toBe('3 years');
    expect(translate('en', 'picker.results', { count: 1 })).toBe('1 matching unit');
    expect(translate('en', 'kpi.parRank.of', { count: 21 })).toBe('of 21 district-level units');
  });

  it('formats the count with Intl and chooses the form from the number as shown', () => {
    expect(translate('en', 'investment.value', { count: 1234 })).toBe('1,234 projects');
    expect(translate('en', 'investment.value', { count: 1.5 })).toBe('1.5 projects');
    // Shown to two decimals as "1", so it must read as one.
    expect(translate('en', 'investment.value', { count: 1.001 })).toBe('1 project');
  });

  it.each(COUNTED)('%s: never reads "1 <plural noun>"', (key) => {
    expect(readsAsPluralOfOne(render('en', key, 1))).toBe(false);
  });

  it('has a "1 <plural noun>" check that catches the regressions it is for', () => {
    for (const wrong of ['up 1 places', '1 projects', 'of 1 district-level units', 'Show all 1 rows', 'Thái Hòa: 1 projects in 2022'])
      expect(readsAsPluralOfOne(wrong), wrong).toBe(true);
    for (const right of ['up 1 place', '1 project', 'of 21 district-level units', '1.5 projects', '0,1 years', 'rank 1 at the top'])
      expect(readsAsPluralOfOne(right), right).toBe(false);
  });
});

describe('Vietnamese', () => {
  it.each(COUNTED)('%s: has one form, the same text whatever the count', (key) => {
    expect(typeof catalogue.vi[key]).toBe('string');
    const shapes = new Set(COUNTS.map((count) => render('vi', key, count).replace(/\d+(?:[.,]\d+)?/g, '#')));
    expect(shapes.size).toBe(1);
  });

  it('formats the count with a decimal comma and a dot for thousands', () => {
    expect(translate('vi', 'investment.value', { count: 1234 })).toBe('1.234 dự án');
    expect(translate('vi', 'investment.value', { count: 1.5 })).toBe('1,5 dự án');
    expect(translate('vi', 'kpi.change.up', { count: 1 })).toBe('tăng 1 bậc');
  });
});

describe('a caller of a counted message', () => {
  it('must pass the count, as a number (tsc checks the lines marked; at run time the count stays visible)', () => {
    // @ts-expect-error: a message that shows {count} needs it
    expect(translate('en', 'investment.value')).toBe('{count} projects');
    // @ts-expect-error: the count is a number, so it can choose the form and be formatted
    expect(translate('en', 'ranking.table.caption', { year: 2024, count: '21' })).toBe('PAR Index ranking 2024, 21 district-level units');
  });
});
