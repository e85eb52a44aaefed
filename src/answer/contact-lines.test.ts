import { describe, expect, it } from 'vitest';
import type { ContactPoint } from '../knowledge/contact-points.js';
import { namedContactPoints } from './contact-lines.js';

const point = (name: string) => ({ name }) as ContactPoint;
const points = [
  point('Bureau of Industry and Security (BIS), US Department of Commerce'),
  point('Federal Office for Economic Affairs and Export Control (BAFA)'),
  point('NSF Office of Inspector General (OIG) Hotline'),
  point('European Centre of Expertise on Research Security (announced)'),
  point('Danish Business Authority (Erhvervsstyrelsen) - export control'),
];
const named = (question: string) => namedContactPoints(question, points).map((found) => found.name);

describe('namedContactPoints', () => {
  it('reads a short acronym only in capitals: "bis" is German for "until"', () => {
    expect(named('Notenschlüssel von 1,0 bis 5,0 in Excel berechnen?')).toEqual([]);
    expect(named('Bis wann muss ich das melden?')).toEqual([]);
    expect(named('Is the partner on the BIS Entity List?')).toEqual([points[0]?.name]);
  });

  it('reads longer acronyms and full names however they are typed', () => {
    expect(named('wie erreiche ich die bafa?')).toEqual([points[1]?.name]);
    expect(named('what does the bureau of industry and security do?')).toEqual([points[0]?.name]);
  });

  it('reads one word alone as an office only where it is a proper name, as the name writes it', () => {
    expect(named('Is there a research security hotline in Argentina?')).toEqual([]);
    expect(named('Has a research-security centre been announced for Latin America?')).toEqual([]);
    expect(named('What is the phone number of Erhvervsstyrelsen?')).toEqual([points[4]?.name]);
    expect(named('How do I reach the NSF OIG Hotline?')).toEqual([points[2]?.name]);
  });
});
