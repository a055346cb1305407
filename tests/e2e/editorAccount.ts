// The editor and admin accounts the server project's database is given before the server starts (with the
// user command, as an admin would): only ever on the throwaway data directory of the browser tests.
export const E2E_EDITOR = { email: 'bien-tap@e2e.test', password: 'e2e-only: a throwaway database' };
export const E2E_ADMIN = { email: 'quan-tri@e2e.test', password: 'e2e-only: the admin of a throwaway database' };
