import { describe, expect, it } from 'vitest';
import { BUILT_IN_LISTS } from './lists.js';

const RESTRICTED_DESTINATIONS = BUILT_IN_LISTS.destinations;
const CRITICAL_TECHNOLOGY_AREAS = BUILT_IN_LISTS.technologies;
const STATE_ACTOR_COUNTRIES = BUILT_IN_LISTS.stateActors;
const matchList = (list: string, text: string) => BUILT_IN_LISTS.match(list, text);

const destinations = RESTRICTED_DESTINATIONS.id;

describe('the data lists', () => {
  it('carry a public source and a date', () => {
    for (const list of [RESTRICTED_DESTINATIONS, CRITICAL_TECHNOLOGY_AREAS]) {
      expect(list.sources[0]?.url).toMatch(/^https:\/\//);
      expect(list.as_of).toMatch(/^\d{4}/);
      expect(list.purpose).toMatch(/not/i);
    }
  });

  it('lists the ten EU critical technology areas, four of them priority areas', () => {
    expect(CRITICAL_TECHNOLOGY_AREAS.entries).toHaveLength(10);
    expect(CRITICAL_TECHNOLOGY_AREAS.entries.filter((entry) => entry.priority)).toHaveLength(4);
  });

  it.each([
    ['Moscow, Russia', 'Russia'],
    ['russian federation', 'Russia'],
    ['DPRK', 'North Korea'],
    ['Islamic Republic of Iran', 'Iran'],
    ['Yangon (Burma)', 'Myanmar'],
  ])('matches %s to %s', (text, name) => {
    expect(matchList(destinations, text)).toBe(name);
  });

  it.each([
    'South Korea',
    'Republic of Korea',
    'Tirana, Albania',
    'Belarusian State University alumni network',
    'Norway',
  ])('does not match %s', (text) => {
    expect(matchList(destinations, text)).toBeUndefined();
  });
});

describe('the state-actor countries', () => {
  const countries = STATE_ACTOR_COUNTRIES.id;

  it('carry their own sources and travel advice, and say what they are not', () => {
    expect(STATE_ACTOR_COUNTRIES.purpose).toMatch(/never a verdict and never a ban/);
    for (const entry of STATE_ACTOR_COUNTRIES.entries) {
      expect(entry.sources[0]?.url).toMatch(/^https:\/\//);
      expect(entry.travel_advice.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Beijing, China', 'China'],
    ["People's Republic of China", 'China'],
    ['PRC', 'China'],
    ['Taiwan and mainland China', 'China'],
    ['Tehran, Iran', 'Iran'],
    ['St Petersburg, Russia', 'Russia'],
    ['DPRK', 'North Korea'],
  ])('matches %s to %s', (text, name) => {
    expect(matchList(countries, text)).toBe(name);
  });

  it.each(['Taipei, Taiwan', 'Republic of China (Taiwan)', 'Chinatown, San Francisco', 'Indochina', 'South Korea'])(
    'does not match %s',
    (text) => {
      expect(matchList(countries, text)).toBeUndefined();
    },
  );
});
