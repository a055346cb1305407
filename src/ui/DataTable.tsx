// A captioned data table that scrolls sideways on its own (never the page), reachable by keyboard.
import type { ReactNode } from 'react';

export function DataTable({ caption, className, children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
