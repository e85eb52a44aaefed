// What every channel reports on its HTTP port: its health on GET /healthz, and on GET /readyz whether it is running
// and whether the ticket database is reachable and migrated.
import type { Platform } from '../../core/turn.js';
import type { Readiness } from '../../store/readiness.js';
import type { ChannelHealth } from '../runtime/channel.js';
import type { SharedHttpServerHold } from './shared-http-server.js';

export function serveProbes(
  server: SharedHttpServerHold,
  platform: Platform,
  health: () => Promise<ChannelHealth | { ok: false }>,
  databaseReadiness?: () => Promise<Readiness>,
): void {
  server.health(platform, health);
  server.readiness({
    name: platform,
    check: async () => ((await health()).ok ? { ok: true } : { ok: false, reason: 'not-running' }),
  });
  if (databaseReadiness) server.readiness({ name: 'database', check: databaseReadiness });
}
