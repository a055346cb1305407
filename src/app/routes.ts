// The views and their URLs: each view has its own path.
export type Route =
  | { name: 'overview' }
  | { name: 'ranking' }
  | { name: 'investment' }
  | { name: 'sources' }
  | { name: 'not-found' };

export type RouteName = Route['name'];

const paths: Record<Exclude<RouteName, 'not-found'>, string> = {
  overview: '/',
  ranking: '/ranking',
  investment: '/investment',
  sources: '/sources',
};

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const [name, p] of Object.entries(paths)) if (p === path) return { name } as Route;
  return { name: 'not-found' };
}

export const routePath = (name: Exclude<RouteName, 'not-found'>): string => paths[name];
