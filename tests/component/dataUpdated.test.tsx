// The foot of every public page says when the data last changed: the seed by its newest source,
// a published version by its day, and a failure as such (never a blank or a made-up date).
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp } from '../render';

const footer = () => screen.getByRole('contentinfo');

describe('the date of the data at the foot of the page', () => {
  it('dates the seed by its newest source, and says so', async () => {
    renderApp('/ranking');
    await waitFor(() => expect(footer()).toHaveTextContent('Cập nhật dữ liệu: 6/2025 (ngày của nguồn mới nhất)'));
  });

  it('speaks English when the page does', async () => {
    renderApp('/sources?lang=en');
    await waitFor(() => expect(footer()).toHaveTextContent('Data updated: Jun 2025 (date of the newest source)'));
  });

  it('gives the day of the publication once an editor has published', async () => {
    server.use(http.get('*/api/data-version', () => HttpResponse.json({ data: { version: 'v2', basis: 'published', date: '2026-11-20' } })));
    renderApp('/');
    await waitFor(() => expect(footer()).toHaveTextContent('Cập nhật dữ liệu: 20/11/2026'));
  });

  it('says it could not load the date when the API fails, and the page still shows its figures', async () => {
    server.use(http.get('*/api/data-version', () => HttpResponse.json({ error: { code: 'internal', message: 'failed' } }, { status: 500 })));
    renderApp('/');
    await waitFor(() => expect(footer()).toHaveTextContent('Không tải được ngày cập nhật dữ liệu.'));
    expect(await screen.findByRole('article', { name: 'Xếp hạng Chỉ số CCHC' })).toHaveTextContent('9/21');
  });
});
