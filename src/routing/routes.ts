// The views and their URLs: each view has its own path; a unit's profile is /units/<GSO code>.
import { useLocation } from './location';
export type Route =
  | { name: 'overview' }
  | { name: 'ranking' }
  | { name: 'investment' }
  | { name: 'compare' }
  | { name: 'present' }
  | { name: 'sources' }
  | { name: 'sign-in' }
  | { name: 'import' }
  | { name: 'history' }
  | { name: 'accounts' }
  | { name: 'unit'; code: string }
  | { name: 'not-found' };

export type RouteName = Route['name'];
export type StaticRouteName = Exclude<RouteName, 'unit' | 'not-found'>;

const paths: Record<StaticRouteName, string> = {
  overview: '/',
  ranking: '/ranking',
  investment: '/investment',
  compare: '/compare',
  present: '/present',
  sources: '/sources',
  // The editors' pages: linked from the footer only, since readers never need to sign in.
  'sign-in': '/editor/sign-in',
  import: '/editor/import',
  history: '/editor/history',
  accounts: '/editor/accounts',
};

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const unit = /^\/units\/(\d{2,5})$/.exec(path);
  if (unit) return { name: 'unit', code: unit[1]! };
  for (const [name, p] of Object.entries(paths)) if (p === path) return { name } as Route;
  return { name: 'not-found' };
}

export const routePath = (name: StaticRouteName): string => paths[name];

/** Links to units' profiles, keeping the current choices (language, years, modes) in the query. */
export function useUnitHref(): (code: string) => string {
  const search = useLocation().search;
  return (code) => `/units/${code}${search}`;
}
