export function postgresBinDir(): string;
export function startPostgres(): Promise<{ url: string; stop(): void }>;
