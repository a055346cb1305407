// The views after the 2025 reform, as a user meets them: the current communes and wards by default,
// the district years one click away, units found by former names, lineage on profiles, no line
// across 2024 → 2025, and the province "of 63" to 2024, "of 34" from 2025.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

describe('after the 2025 reform', () => {
  it('ranks the 130 communes and wards of 2025 by default, Thái Hòa standing for the three units on its land, with no line into 2025', async () => {
    renderApp('/ranking');
    const figure = await screen.findByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp xã, 2025' });
    expect(figure).toHaveTextContent('130 xã, phường');
    for (const name of ['Thái Hòa', 'Tây Hiếu', 'Đông Hiếu']) expect(within(figure).getByText(name, { selector: 'text' })).toBeInTheDocument();
    // One year, so no segment: a path that only moves (M) and never draws a line (L).
    for (const line of figure.querySelectorAll('.trend-chart__line, .trend-chart__context')) expect(line.getAttribute('d') ?? '').not.toMatch(/L/);
    expect(figure).toHaveTextContent('Từ ngày 1/7/2025 không còn cấp huyện: năm 2025 xếp hạng 130 xã, phường mới');
    expect(screen.getByRole('group', { name: 'Cấp đơn vị' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cấp xã, từ 2025' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: /Xếp hạng Chỉ số CCHC năm 2025, 130 xã, phường/ });
    expect(within(table).getAllByText(/^\d+\/130$/).length).toBeGreaterThan(0);
  });

  it('keeps the district years one click away, and the chart there ends in 2024', async () => {
    renderApp('/ranking');
    await userEvent.click(await screen.findByRole('button', { name: 'Cấp huyện, 2019–2024' }));
    const figure = await screen.findByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024' });
    expect(within(figure).getByText('Thái Hòa', { selector: 'text' })).toBeInTheDocument();
    expect(window.location.search).toBe('?level=district');
  });

  it('finds Phường Vinh Lộc by “Nghi Phong” and Phường Cửa Lò by “Cửa Lò”, saying why, grouped by former district', async () => {
    renderApp('/ranking?units=');
    const input = await screen.findByRole('combobox', { name: 'Đơn vị' });
    expect(screen.getByText('đã chọn 0/130')).toBeInTheDocument();
    await userEvent.click(input);
    await userEvent.keyboard('Nghi Phong');
    const listbox = screen.getByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Phường Vinh Lộc (trước đây: Xã Nghi Phong)']);
    expect(within(listbox).getByRole('group', { name: 'Trên địa bàn Thành phố Vinh cũ' })).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.keyboard('Cửa Lò');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Phường Cửa Lò']);
  });

  it('shows on Phường Vinh Lộc’s profile what it was formed from, with links to the former districts', async () => {
    renderApp('/units/16708');
    const lineage = await screen.findByRole('region', { name: 'Lịch sử đơn vị' });
    expect(lineage).toHaveTextContent(
      'Thành lập ngày 1/7/2025 từ: Phường Hưng Lộc (Thành phố Vinh); Xã Nghi Phong, Xã Nghi Xuân, Xã Phúc Thọ, Xã Nghi Thái (Huyện Nghi Lộc)',
    );
    expect(within(lineage).getByRole('link', { name: 'Huyện Nghi Lộc' })).toHaveAttribute('href', '/units/429');
    expect(await screen.findByRole('article', { name: 'Xếp hạng Chỉ số CCHC' })).toHaveTextContent('trên 130 xã, phường');
  });

  it('shows both of Cửa Lò’s steps: into Vinh on 1/12/2024, its land now Phường Cửa Lò', async () => {
    renderApp('/units/413');
    const lineage = await screen.findByRole('region', { name: 'Lịch sử đơn vị' });
    expect(lineage).toHaveTextContent('Từ ngày 1/12/2024 sáp nhập vào Thành phố Vinh');
    expect(within(lineage).getByRole('link', { name: 'Phường Cửa Lò' })).toHaveAttribute('href', '/units/16732');
  });

  it('says on the overview that Thái Hòa no longer exists since 1/7/2025, its three successors one click away', async () => {
    renderApp('/');
    const notice = await screen.findByText(/Thị xã Thái Hòa không còn là đơn vị hành chính từ ngày 1\/7\/2025/);
    expect(
      within(notice)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Phường Thái Hòa', 'Phường Tây Hiếu', 'Xã Đông Hiếu']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tổng quan: Thái Hòa');
  });

  it('counts the province among 63 to 2024 and says its 2025 rank among the 34 is not yet available', async () => {
    renderApp('/');
    const figure = await screen.findByRole('figure', { name: /Nghệ An trong 63 tỉnh, thành phố/ });
    expect(figure).toHaveTextContent('thứ hạng đến năm 2024 là trong 63, từ năm 2025 là trong 34');
    expect(figure).toHaveTextContent('Năm 2025: thứ hạng trong 34 tỉnh, thành phố chưa được công bố.');
  });
});
