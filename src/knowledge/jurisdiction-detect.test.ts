import { describe, expect, it } from 'vitest';
import { detectJurisdictions } from './jurisdiction-detect.js';

describe('the jurisdictions a question names', () => {
  it('reads a web address as naming its country, and an abbreviation as none', () => {
    expect(detectJurisdictions("c'est quoi les 4 niveaux de risque sur voyage.gc.ca?")).toEqual(['CA']);
    expect(detectJurisdictions('the form on www.gov.uk asks for a CAH code')).toEqual(['UK']);
    expect(detectJurisdictions('check smartraveller.gov.au before the field trip')).toEqual(['AU']);
    expect(detectJurisdictions('bafa.de says the licence takes weeks')).toEqual(['DE']);
    expect(detectJurisdictions('e.g. a short visit, i.e. under a week, version 2.0')).toEqual([]);
  });

  it('still reads names of countries and bodies', () => {
    expect(detectJurisdictions('Does the Dutch screening bill cover PhD candidates?')).toEqual(['NL']);
  });
});
