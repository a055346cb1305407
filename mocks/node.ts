// The mock API for Vitest: the same handlers as the browser, through msw/node.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
