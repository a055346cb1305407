// The unit picker by keyboard: search without diacritics, choose with Enter, see the choice drive
// the chart and the URL.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

const picker = () => screen.findByRole('combobox', { name: 'Đơn vị' });

describe('UnitPicker', () => {
  it('finds units by typing without diacritics and chooses them with Enter', async () => {
    renderApp('/ranking?level=district&units=');
    const input = await picker();
    expect(screen.getByText('đã chọn 0/21')).toBeInTheDocument();
    await userEvent.click(input);
    await userEvent.keyboard('thai hoa');
    const listbox = screen.getByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Thái Hòa']);
    await userEvent.keyboard('{Enter}');
    expect(within(listbox).getByRole('option', { name: 'Thái Hòa' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.clear(input);
    await userEvent.keyboard('DIEN CHAU{Enter}{Escape}');
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
    expect(screen.getByText('đã chọn 2/21')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Đơn vị đã chọn' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Thái Hòa ×', 'Diễn Châu ×']);
    expect(window.location.search).toBe('?level=district&units=414%2C425');
    const figure = screen.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC/ });
    expect(within(figure).getByText('Diễn Châu', { selector: 'text' })).toBeInTheDocument();
  });

  it('chooses and removes a unit with the mouse, from a list that stays ready while closed', async () => {
    renderApp('/ranking?level=district&units=');
    const input = await picker();
    // Once the page is idle the options are in place, hidden: none of them is offered while the list is closed.
    const listbox = screen.getByRole('listbox', { hidden: true });
    await waitFor(() => expect(within(listbox).getAllByRole('option', { hidden: true })).toHaveLength(21));
    expect(listbox).not.toBeVisible();
    await userEvent.click(input);
    const option = (name: string) => within(listbox).getByRole('option', { name });
    await userEvent.click(option('Quỳ Châu'));
    expect(option('Quỳ Châu')).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveFocus();
    await userEvent.click(option('Quỳ Châu'));
    expect(option('Quỳ Châu')).toHaveAttribute('aria-selected', 'false');
    await userEvent.click(option('Vinh'));
    expect(window.location.search).toBe('?level=district&units=412');
  });

  it('moves through options grouped by type with the arrow keys', async () => {
    renderApp('/ranking?level=district');
    const input = await picker();
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    const listbox = screen.getByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(['Thành phố', 'Thị xã', 'Huyện']);
    expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option', { name: 'Vinh' }).id);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option', { name: 'Hoàng Mai' }).id);
    await userEvent.keyboard(' ');
    expect(window.location.search).toBe('?level=district&units=414%2C432');
  });

  it('selects all and none, and says how many are chosen', async () => {
    renderApp('/ranking?level=district');
    await picker();
    await userEvent.click(screen.getByRole('button', { name: 'Chọn tất cả' }));
    expect(screen.getByText('đã chọn 21/21')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Bỏ chọn tất cả' }));
    expect(screen.getByText('đã chọn 0/21')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC/ }).querySelectorAll('.trend-chart__series')).toHaveLength(0);
  });

  it('says when nothing matches', async () => {
    renderApp('/ranking?level=district');
    const input = await picker();
    await userEvent.type(input, 'hà nội');
    expect(screen.getByRole('listbox')).toHaveTextContent('Không có đơn vị nào khớp với “hà nội”.');
  });
});
