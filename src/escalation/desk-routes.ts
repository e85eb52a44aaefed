// Which desk member a new ticket goes to: RESSEC_DESK_ROUTES rules, tried in order, the first that matches wins.
// `flow=visitor:slack:U0123` · `jurisdiction=DE|AT:teams:29:1abc` · `level=high:slack:U0456` · `language=nl:…` ·
// `*:slack:U0789` (everything else). No rule matching: the ticket waits for whoever claims it.
import type { Handoff, Party, Priority } from './ticket.js';

export const ROUTE_PATTERN =
  /^(\*|(flow|jurisdiction|language|level)=[A-Za-z0-9_|-]+):(console|slack|teams|cli):(\S+)$/;

interface Route {
  key?: 'flow' | 'jurisdiction' | 'language' | 'level';
  values: string[];
  member: Party;
}

export class DeskRoutes {
  private readonly routes: Route[];

  constructor(rules: readonly string[]) {
    this.routes = rules.flatMap((rule) => {
      const match = ROUTE_PATTERN.exec(rule.trim());
      if (!match) return [];
      const [, condition = '', , platform, userId = ''] = match;
      const [key, values = ''] = condition === '*' ? [] : condition.split('=');
      return [
        {
          key: key as Route['key'],
          values: values.split('|').map((value) => value.toLowerCase()),
          member: { platform: platform as Party['platform'], userId },
        },
      ];
    });
  }

  memberFor(handoff: Handoff, level: Priority): Party | undefined {
    const facts: Record<NonNullable<Route['key']>, string[]> = {
      flow: [handoff.flow],
      jurisdiction: handoff.jurisdictions,
      language: [handoff.language],
      level: [level],
    };
    return this.routes.find(
      (route) => !route.key || facts[route.key].some((value) => route.values.includes(value.toLowerCase())),
    )?.member;
  }
}
