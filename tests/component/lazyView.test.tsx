// A view whose code loads on first use, and can be loaded before the page hydrates: loaded first,
// it draws in the same pass as the rest (a page drawn by the server hydrates in one piece); not
// loaded, it shows the place's fallback until its code arrives.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../src/app/lazyView';

const viewOf = (text: string) =>
  lazyView(
    async () => ({ View: () => <p>{text}</p> }),
    (m) => m.View,
  );

describe('lazyView', () => {
  it('draws a view loaded beforehand at once, never its fallback', async () => {
    const View = viewOf('Xếp hạng');
    await View.preload();
    render(
      <Suspense fallback={<p>Đang tải</p>}>
        <View />
      </Suspense>,
    );
    expect(screen.getByText('Xếp hạng')).toBeInTheDocument();
    expect(screen.queryByText('Đang tải')).toBeNull();
  });

  it('shows the fallback until a view not loaded beforehand arrives', async () => {
    const View = viewOf('Dự án đầu tư');
    render(
      <Suspense fallback={<p>Đang tải</p>}>
        <View />
      </Suspense>,
    );
    expect(screen.getByText('Đang tải')).toBeInTheDocument();
    expect(await screen.findByText('Dự án đầu tư')).toBeInTheDocument();
  });
});
