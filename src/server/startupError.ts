// Why the server cannot start, said in one line: the process prints the message and exits 1.
export class StartupError extends Error {}
