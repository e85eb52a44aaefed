// What /readyz reports for a store: ready, or a short reason code (never a URL, a host or a password).
export type Readiness = { ok: true } | { ok: false; reason: string };
