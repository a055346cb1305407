// The editors' pages as an editor meets them: the server's absence said plainly, sign-in failures
// in words, an import's problems at their rows with publishing blocked, the diff against what is
// published, the server's refusal at its row, and a restore that asks first.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { seed } from '../../mocks/seed';
import { renderApp } from '../render';

const EDITOR = { data: { email: 'bien-tap@nghean.gov.vn', role: 'editor', expiresAt: '2030-01-01T00:00:00.000Z' } };

/** The page as the Node server serves it: marked, so the app uses its API (here the mock, signed in). */
function servedByServer(signedIn = true) {
  const meta = document.createElement('meta');
  meta.name = 'kpi-api';
  meta.content = 'server';
  document.head.append(meta);
  if (signedIn) server.use(http.get('*/api/session', () => HttpResponse.json(EDITOR)));
}

/** A 2022 table as the template lays it out: the seed's ranks, scores falling with them. */
function table2022(edit: (rows: string[][]) => void = () => {}): File {
  const ranks = seed.observations.filter((o) => o.indicatorId === 'par_rank' && o.period.start === '2022-01');
  const rows = ranks
    .sort((a, b) => a.value - b.value)
    .map((o) => [o.unitCode, seed.units.find((u) => u.code === o.unitCode)!.name, String(o.value), (90 - o.value / 2).toFixed(2).replace('.', ',')]);
  edit(rows);
  const csv = ['Mã ĐVHC;Đơn vị;Thứ hạng;Điểm', ...rows.map((r) => r.join(';'))].join('\r\n');
  return new File([csv], 'cchc-2022.csv', { type: 'text/csv' });
}

type User = ReturnType<typeof userEvent.setup>;

/** Pasted rather than typed key by key, which jsdom makes slow on a busy machine. */
async function enter(user: User, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function fillSource(user: User) {
  await enter(user, 'Số quyết định / văn bản', '1048/QĐ-UBND');
  await enter(user, 'Trích yếu', 'Phê duyệt Chỉ số CCHC năm 2022');
  await enter(user, 'Cơ quan ban hành', 'UBND tỉnh Nghệ An');
  await enter(user, 'Ngày ban hành', '2023-04-18');
  await enter(user, 'Địa chỉ văn bản (URL)', 'https://nghean.gov.vn/qd-1048');
}

async function openImport2022() {
  const user = userEvent.setup();
  renderApp('/editor/import');
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Năm' }), '2022');
  return user;
}

const issueRows = () =>
  within(screen.getByRole('table', { name: /^Kiểm tra/ }))
    .getAllByRole('row')
    .slice(1);

beforeEach(() => window.localStorage.clear());
afterEach(() => document.head.querySelectorAll('meta[name="kpi-api"]').forEach((m) => m.remove()));

describe('Editor pages', () => {
  it('say plainly that editing needs the server where the page runs on the in-browser mock', async () => {
    renderApp('/editor/import');
    expect(await screen.findByText(/Biên tập cần máy chủ/)).toBeInTheDocument();
    expect(screen.getByText(/npm start/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Thư điện tử')).not.toBeInTheDocument();
  });

  it('sign-in says a wrong password in words, and when a lockout ends', async () => {
    servedByServer(false);
    let attempts = 0;
    server.use(
      http.post('*/api/session', () =>
        ++attempts === 1
          ? HttpResponse.json({ error: { code: 'unauthorized', message: 'wrong email or password' } }, { status: 401 })
          : HttpResponse.json({ error: { code: 'locked', message: 'locked', retryAt: '2030-01-02T03:04:00.000Z' } }, { status: 429 }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/editor/sign-in');
    await screen.findByLabelText('Thư điện tử');
    await enter(user, 'Thư điện tử', 'bien-tap@nghean.gov.vn');
    await enter(user, 'Mật khẩu', 'not the password');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Sai thư điện tử hoặc mật khẩu.')).toHaveAttribute('role', 'alert');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText(/Đăng nhập sai quá nhiều lần. Hãy thử lại sau .*2030/)).toBeInTheDocument();
  });

  it('shows each mistake of a file at its row and column, and publishing stays blocked until they are fixed', async () => {
    servedByServer();
    const user = await openImport2022();
    await fillSource(user);
    const file = table2022((rows) => {
      rows[3]![2] = '2'; // row 5 of the sheet repeats rank 2
      rows[6]![3] = '120'; // row 8: a score above 100
    });
    await user.upload(screen.getByLabelText(/Tệp số liệu/), file);
    const rows = await screen.findAllByRole('row', { name: /Lỗi/ });
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(expect.arrayContaining(['5', '8']));
    expect(issueRows().find((r) => r.textContent?.startsWith('5'))).toHaveTextContent('Thứ hạng 2 đã dùng ở dòng 3.');
    expect(issueRows().find((r) => r.textContent?.startsWith('8'))).toHaveTextContent('Điểm “120” phải là số từ 0 đến 100.');
    expect(screen.getByRole('button', { name: 'Công bố' })).toBeDisabled();
    expect(screen.getByText('Chưa thể công bố: hãy sửa các lỗi trong tệp rồi tải lên lại.')).toBeInTheDocument();
  });

  it('lets a warning be acknowledged before publishing, where an error never can be', async () => {
    servedByServer();
    const user = await openImport2022();
    await fillSource(user);
    await user.upload(
      screen.getByLabelText(/Tệp số liệu/),
      table2022((rows) => {
        rows[5]![3] = rows[4]![3]!; // row 7 ties row 6's score with a worse rank
      }),
    );
    expect(await screen.findByText(/bằng điểm .* mà khác thứ hạng/)).toBeInTheDocument();
    const publish = screen.getByRole('button', { name: 'Công bố' });
    expect(publish).toBeDisabled();
    expect(screen.getByText('Chưa thể công bố: hãy xác nhận đã xem các cảnh báo.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Tôi đã xem các cảnh báo và vẫn muốn công bố.' }));
    expect(publish).toBeEnabled();
  });

  it('compares a clean file with what is published, and shows the server’s refusal at its row', async () => {
    servedByServer();
    let sent: { observations: { unitCode: string; value: number; provenance: string; sourceId: string }[] } | null = null;
    server.use(
      http.post('*/api/versions', async ({ request }) => {
        sent = (await request.json()) as typeof sent;
        return HttpResponse.json({ error: { code: 'invalid_body', message: 'unknown unit code: 999', parameter: 'observations.2.unitCode' } }, { status: 400 });
      }),
    );
    const user = await openImport2022();
    await fillSource(user);
    await user.upload(screen.getByLabelText(/Tệp số liệu/), table2022());
    expect(await screen.findByText('Không có lỗi hay cảnh báo nào.')).toBeInTheDocument();
    const diff = await screen.findByRole('table', { name: 'So với số liệu đang công bố' });
    // Vinh's rank 1 is reported already (unchanged); its score was illustrative and is replaced.
    const vinh = within(diff)
      .getAllByRole('rowheader', { name: 'Vinh' })
      .map((h) => h.closest('tr')!);
    expect(vinh[0]).toHaveTextContent(/1\/21\s*Công bố.*1\/21\s*Công bố.*Cùng giá trị, nguồn mới/);
    expect(vinh[1]).toHaveTextContent(/86,05\s*Minh họa.*89,5\s*Công bố.*Thay số liệu minh họa/);
    expect(screen.getByText(/Mới: 0 · Thay đổi: 0 · Cùng giá trị, nguồn mới: 5 · Thay số liệu minh họa: 37 · Không đổi: 0/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Công bố' }));
    expect(await screen.findByText('Máy chủ không công bố: unknown unit code: 999')).toBeInTheDocument();
    // Observation 2 is the second row's rank: row 3 of the sheet.
    expect(issueRows().find((r) => r.textContent?.startsWith('3'))).toHaveTextContent('Máy chủ từ chối: unknown unit code: 999');
    expect(sent!.observations.every((o) => o.provenance === 'reported' && o.sourceId === '1048/QĐ-UBND')).toBe(true);
  });

  it('restores an old version only after asking, by keyboard', async () => {
    servedByServer();
    const restored: string[] = [];
    const version = (id: string, at: string, current: boolean, author: string | null) => ({
      id,
      publishedAt: at,
      author,
      summary: author ? 'Chỉ số CCHC năm 2022: 21 đơn vị, theo 1048/QĐ-UBND' : 'seed',
      source: author ? { id: '1048/QĐ-UBND', title: 'QĐ', publisher: 'UBND tỉnh', published: '2023-04-18', url: 'https://nghean.gov.vn/qd-1048' } : null,
      restoredFrom: null,
      file: null,
      observationCount: 42,
      current,
    });
    server.use(
      http.get('*/api/versions', () =>
        HttpResponse.json({
          data: [version('v1', '2026-01-01T08:00:00.000Z', false, null), version('v2', '2026-02-01T08:00:00.000Z', true, 'bien-tap@nghean.gov.vn')],
        }),
      ),
      http.post('*/api/versions/:id/restore', ({ params }) => (restored.push(String(params.id)), HttpResponse.json({ data: { id: 'v3' } }, { status: 201 }))),
    );
    const user = userEvent.setup();
    renderApp('/editor/history');
    const table = await screen.findByRole('table', { name: 'Các phiên bản số liệu, mới nhất trước' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Đang dùng.*bien-tap@nghean.gov.vn.*1048\/QĐ-UBND/);
    within(table)
      .getByRole('button', { name: /Khôi phục phiên bản/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Công bố lại phiên bản .* thành phiên bản mới\?/)).toBeInTheDocument();
    expect(restored).toEqual([]);
    expect(screen.getByRole('button', { name: 'Khôi phục phiên bản này' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Đã khôi phục phiên bản/)).toBeInTheDocument();
    expect(restored).toEqual(['v1']);
  });
});
