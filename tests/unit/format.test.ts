// Numbers, periods and dates as Vietnamese and English readers write them.
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatPeriod, formatRank } from '../../src/i18n/format';
import { catalogue, translate } from '../../src/i18n/catalogue';

describe('formatPeriod', () => {
  it.each([
    [{ start: '2021-01', end: '2021-12' }, '2021', '2021'],
    [{ start: '2020-01', end: '2021-12' }, '2020–2021', '2020–2021'],
    [{ start: '2022-01', end: '2022-05' }, 'T1–T5/2022', 'Jan–May 2022'],
    [{ start: '2022-05', end: '2022-05' }, 'T5/2022', 'May 2022'],
    [{ start: '2020-01', end: '2022-05' }, 'T1/2020–T5/2022', 'Jan 2020–May 2022'],
  ])('%o → "%s" / "%s"', (period, vi, en) => {
    expect(formatPeriod('vi', period)).toBe(vi);
    expect(formatPeriod('en', period)).toBe(en);
  });
});

describe('numbers, ranks and dates', () => {
  it('writes a decimal comma in Vietnamese and a point in English', () => {
    expect(formatNumber('vi', 84.76)).toBe('84,76');
    expect(formatNumber('en', 84.76)).toBe('84.76');
    expect(formatNumber('vi', 1234)).toBe('1.234');
  });

  it('writes a rank as "9/21"', () => {
    expect(formatRank(9, 21)).toBe('9/21');
    expect(formatRank(3, null)).toBe('3');
  });

  it('writes a date at the precision the source gives', () => {
    expect(formatPartialDate('vi', '2022')).toBe('2022');
    expect(formatPartialDate('vi', '2022-06')).toBe('6/2022');
    expect(formatPartialDate('en', '2022-06')).toBe('Jun 2022');
    expect(formatPartialDate('en', '2023-04-18')).toBe('18 Apr 2023');
  });
});

describe('the catalogue', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.vi).sort());
    for (const lang of ['vi', 'en'] as const)
      for (const message of Object.values(catalogue[lang]))
        for (const text of typeof message === 'string' ? [message] : Object.values(message)) expect(text.trim()).not.toBe('');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('vi', 'kpi.change.up', { count: 8 })).toBe('tăng 8 bậc');
    expect(translate('en', 'error.http', {})).toBe('The data server reported an error ({status}).');
  });
});
