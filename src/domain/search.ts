// Search that forgives diacritics, case and old/new tone placement: "thai hoa", "THÁI HOÀ"
// and "Thái Hòa" are the same query.
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query starts a word of the name, or the query is inside the name. */
export function matchesName(name: string, query: string): boolean {
  const q = foldVietnamese(query);
  if (q === '') return true;
  const n = foldVietnamese(name);
  if (n.includes(q)) return true;
  const words = n.split(' ');
  return q.split(' ').every((part) => words.some((w) => w.startsWith(part)));
}
