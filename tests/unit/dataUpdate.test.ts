// When readers are told the data changed: the day of a publication in Vietnam, whatever the
// server's time zone, or for the data first loaded the date of its newest source.
import { describe, expect, it } from 'vitest';
import { dataUpdateOf, dayInVietnam, newestSourceDate } from '../../src/server/api/dataUpdate';
import { dataUpdatedText } from '../../src/ui/export/texts';

describe('the date of the data', () => {
  it('is the publication’s day in Vietnam (UTC+7): late evening UTC is already the next day there', () => {
    expect(dayInVietnam(new Date('2026-04-18T16:59:59Z'))).toBe('2026-04-18');
    expect(dayInVietnam(new Date('2026-04-18T17:00:00Z'))).toBe('2026-04-19');
    expect(dataUpdateOf('v2', new Date('2026-12-31T20:00:00Z'), [])).toEqual({ version: 'v2', basis: 'published', date: '2027-01-01' });
  });

  it('is, for the data first loaded, its newest source’s date at that source’s precision', () => {
    const dated = (...published: (string | null)[]) => published.map((p) => ({ published: p }));
    expect(newestSourceDate(dated('2022-06', '2025', null, '2024-09'))).toBe('2025');
    expect(newestSourceDate(dated('2023', '2023-04-18'))).toBe('2023-04-18');
    expect(newestSourceDate(dated(null))).toBeNull();
    expect(dataUpdateOf('seed', null, dated('2024-09', '2023'))).toEqual({ version: 'seed', basis: 'newest-source', date: '2024-09' });
  });

  it('reads as officials write it, and says when it is only the newest source’s date', () => {
    expect(dataUpdatedText('vi', { version: 'v2', basis: 'published', date: '2026-11-20' })).toBe('Cập nhật dữ liệu: 20/11/2026');
    expect(dataUpdatedText('en', { version: 'v2', basis: 'published', date: '2026-11-20' })).toBe('Data updated: 20 Nov 2026');
    expect(dataUpdatedText('vi', { version: 's', basis: 'newest-source', date: '2025' })).toBe('Cập nhật dữ liệu: 2025 (ngày của nguồn mới nhất)');
    expect(dataUpdatedText('en', { version: 's', basis: 'newest-source', date: null })).toMatch(/^Data updated: date not known/);
  });
});
