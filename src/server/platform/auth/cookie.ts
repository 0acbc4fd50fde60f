import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.js';
import { ABSOLUTE_TIMEOUT_MS } from './sessions.js';

// Over TLS the __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only
// and path=/, which rules out cookie injection from sibling domains.
export function sessionCookieName(config: Pick<Config, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-bb_session' : 'bb_session';
}

export function setSessionCookie(reply: FastifyReply, config: Config, value: string): void {
  reply.setCookie(sessionCookieName(config), value, {
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), {
    path: '/',
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'lax',
  });
}
