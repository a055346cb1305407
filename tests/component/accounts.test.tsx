// The admins' accounts page as an admin meets it, by keyboard: the accounts with their state, a role
// changed, access taken away only after asking, an account created (a short or mistyped password
// stopped before the server is asked), and the audit log a page at a time. Editors are turned away.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/api/accounts';
import { server } from '../../mocks/node';
import { renderApp } from '../render';

const ADMIN = 'quan-tri@nghean.gov.vn';
const EDITOR = 'bien-tap@nghean.gov.vn';

function servedByServer(role: 'admin' | 'editor' | null) {
  const meta = document.createElement('meta');
  meta.name = 'kpi-api';
  meta.content = 'server';
  document.head.append(meta);
  if (!role) return;
  const email = role === 'admin' ? ADMIN : EDITOR;
  server.use(http.get('*/api/session', () => HttpResponse.json({ data: { email, role, expiresAt: '2030-01-01T00:00:00.000Z' } })));
}

/** A small accounts API: what the page sent, and the accounts as the server would then list them. */
function accountsApi() {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const accounts: AccountView[] = [
    { email: ADMIN, role: 'admin', createdAt: '2026-01-01T00:00:00.000Z', disabledAt: null, lastSignInAt: '2026-11-27T08:00:00.000Z' },
    { email: EDITOR, role: 'editor', createdAt: '2026-01-02T00:00:00.000Z', disabledAt: null, lastSignInAt: null },
  ];
  const entries = Array.from({ length: 25 }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 27, 8, 0, 59 - i)).toISOString(),
    actor: i === 0 ? ADMIN : `nguoi-${i}@nghean.gov.vn`,
    address: '203.0.113.7',
    action: i === 0 ? 'role_changed' : 'sign_in',
    detail: i === 0 ? { email: EDITOR, from: 'viewer', to: 'editor' } : {},
  }));
  server.use(
    http.get('*/api/accounts', () => HttpResponse.json({ data: accounts })),
    http.patch('*/api/accounts/:email', async ({ request, params }) => {
      const body = (await request.json()) as { role?: AccountView['role']; disabled?: boolean };
      sent.push({ method: 'PATCH', path: String(params.email), body });
      const account = accounts.find((a) => a.email === params.email)!;
      if (body.role) account.role = body.role;
      if (body.disabled !== undefined) account.disabledAt = body.disabled ? '2026-11-27T09:00:00.000Z' : null;
      return HttpResponse.json({ data: account });
    }),
    http.post('*/api/accounts', async ({ request }) => {
      const body = (await request.json()) as { email: string; role: AccountView['role'] };
      sent.push({ method: 'POST', path: '', body });
      if (accounts.some((a) => a.email === body.email)) {
        return HttpResponse.json({ error: { code: 'conflict', message: 'exists', parameter: 'email' } }, { status: 409 });
      }
      const account = { email: body.email, role: body.role, createdAt: '2026-11-27T09:00:00.000Z', disabledAt: null, lastSignInAt: null };
      accounts.push(account);
      return HttpResponse.json({ data: account }, { status: 201 });
    }),
    http.get('*/api/audit', ({ request }) => {
      const url = new URL(request.url);
      const [limit, offset] = [Number(url.searchParams.get('limit')), Number(url.searchParams.get('offset'))];
      return HttpResponse.json({ data: entries.slice(offset, offset + limit), page: { limit, offset, more: offset + limit < entries.length } });
    }),
  );
  return { sent, accounts };
}

const accountsTable = () => screen.findByRole('table', { name: 'Các tài khoản' });

beforeEach(() => window.localStorage.clear());
afterEach(() => document.head.querySelectorAll('meta[name="kpi-api"]').forEach((m) => m.remove()));

describe('The accounts page', () => {
  it('turns an editor away, and offers editors no link to it', async () => {
    servedByServer('editor');
    renderApp('/editor/accounts');
    expect(await screen.findByText(/Trang này chỉ dành cho quản trị viên/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Trang biên tập' });
    expect(within(nav).queryByRole('link', { name: 'Tài khoản' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Các tài khoản' })).not.toBeInTheDocument();
  });

  it('lists the accounts for an admin, linked from the other editor pages, the admin’s own row offering nothing', async () => {
    servedByServer('admin');
    accountsApi();
    renderApp('/editor/history');
    const nav = await screen.findByRole('navigation', { name: 'Trang biên tập' });
    expect(within(nav).getByRole('link', { name: 'Tài khoản' })).toHaveAttribute('href', '/editor/accounts');
    await userEvent.setup().click(within(nav).getByRole('link', { name: 'Tài khoản' }));
    const rows = within(await accountsTable()).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(`${ADMIN} (bạn)Quản trị viênĐang hoạt động`);
    expect(within(rows[1]!).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent(/Đang hoạt động.*Chưa đăng nhập/);
  });

  it('changes a role and takes access away only after asking, by keyboard', async () => {
    servedByServer('admin');
    const { sent } = accountsApi();
    const user = userEvent.setup();
    renderApp('/editor/accounts');
    await accountsTable();
    await user.selectOptions(screen.getByRole('combobox', { name: `Vai trò của ${EDITOR}` }), 'viewer');
    await user.tab();
    expect(screen.getByRole('button', { name: `Lưu vai trò của ${EDITOR}` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`Đã đổi vai trò của ${EDITOR} thành Người xem.`)).toBeInTheDocument();

    screen.getByRole('button', { name: `Khóa quyền truy cập của ${EDITOR}` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Mọi phiên đăng nhập của tài khoản này kết thúc ngay/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Khóa tài khoản này' })).toHaveFocus();
    expect(sent).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Đã khóa quyền truy cập của/)).toBeInTheDocument();
    expect(sent.map((s) => s.body)).toEqual([{ role: 'viewer' }, { disabled: true }]);
    const row = within(await accountsTable()).getAllByRole('row')[2]!;
    expect(await within(row).findByText(/Đã khóa từ/)).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: `Mở lại quyền truy cập của ${EDITOR}` })).toBeInTheDocument();
  });

  it('creates an account, stopping a short or mistyped password before the server is asked', async () => {
    servedByServer('admin');
    const { sent } = accountsApi();
    const user = userEvent.setup();
    renderApp('/editor/accounts');
    await accountsTable();
    const form = screen.getByRole('region', { name: 'Tạo tài khoản' });
    const field = (name: string | RegExp) => within(form).getByLabelText(name);
    await user.type(field('Thư điện tử'), 'moi@nghean.gov.vn');
    await user.selectOptions(field('Vai trò'), 'admin');
    await user.type(field(/Mật khẩu ban đầu/), 'ngắn quá');
    await user.type(field('Nhập lại mật khẩu'), 'ngắn quá');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Mật khẩu cần ít nhất 12 ký tự.');
    await user.clear(field(/Mật khẩu ban đầu/));
    await user.type(field(/Mật khẩu ban đầu/), 'một mật khẩu đủ dài');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Hai lần nhập mật khẩu không khớp.');
    expect(sent).toEqual([]);
    await user.clear(field('Nhập lại mật khẩu'));
    await user.type(field('Nhập lại mật khẩu'), 'một mật khẩu đủ dài');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(form).findByText('Đã tạo tài khoản moi@nghean.gov.vn (Quản trị viên).')).toBeInTheDocument();
    expect(sent).toEqual([{ method: 'POST', path: '', body: { email: 'moi@nghean.gov.vn', role: 'admin', password: 'một mật khẩu đủ dài' } }]);
    expect(await within(await accountsTable()).findByText('moi@nghean.gov.vn')).toBeInTheDocument();
  });

  it('tells a person whose access was taken away, in words, at sign-in', async () => {
    servedByServer(null);
    server.use(http.post('*/api/session', () => HttpResponse.json({ error: { code: 'disabled', message: 'this account has no access' } }, { status: 403 })));
    const user = userEvent.setup();
    renderApp('/editor/accounts');
    await user.type(await screen.findByLabelText('Thư điện tử'), EDITOR);
    await user.type(screen.getByLabelText('Mật khẩu'), 'mật khẩu đủ dài 12+');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tài khoản này đã bị khóa quyền truy cập. Hãy liên hệ quản trị viên.');
  });

  it('reads the audit log in words, a page at a time', async () => {
    servedByServer('admin');
    accountsApi();
    const user = userEvent.setup();
    renderApp('/editor/accounts');
    const log = await screen.findByRole('table', { name: 'Nhật ký, mới nhất trước: mục 1–20' });
    expect(within(log).getAllByRole('row')[1]).toHaveTextContent(`${ADMIN}Đổi vai trò203.0.113.7${EDITOR}: Người xem → Biên tập viên`);
    const pages = screen.getByRole('navigation', { name: 'Trang nhật ký' });
    expect(within(pages).getByRole('button', { name: 'Mới hơn' })).toBeDisabled();
    await user.click(within(pages).getByRole('button', { name: 'Cũ hơn' }));
    const older = await screen.findByRole('table', { name: 'Nhật ký, mới nhất trước: mục 21–25' });
    expect(within(older).getAllByRole('row')).toHaveLength(6);
    expect(within(pages).getByRole('button', { name: 'Cũ hơn' })).toBeDisabled();
  });
});
