// Passwords hashed with argon2id (@node-rs/argon2, a native module: Node only). Its defaults are
// OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): about 70 ms a hash on this machine.
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../api/accountStore';

/** Algorithm.Argon2id; the const enum is not importable under isolatedModules. */
const ARGON2ID = 2;

export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: ARGON2ID }),
  // A stored hash that is not argon2 (damaged, or from another host) fails like a wrong password.
  verify: (stored, password) => verify(stored, password).catch(() => false),
};
