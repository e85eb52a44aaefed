import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from './document.js';
import { undatedInstruments } from './undated-instruments.js';

const document = (title: string, body: string) =>
  ({
    file: 'eu/example.md',
    institutional: false,
    body,
    sources: [
      { title, publisher: 'Council of the European Union', url: 'https://eur-lex.europa.eu/', date: '2014-07' },
    ],
  }) as unknown as KnowledgeDocument;

describe('undatedInstruments', () => {
  it('lists a source that dates an instrument the text never dates', () => {
    const found = undatedInstruments([
      document(
        'Council Regulation (EU) No 833/2014 of 31 July 2014 concerning restrictive measures',
        'Article 2 of Regulation 833/2014 bans dual-use exports to Russia.',
      ),
      document('Außenwirtschaftsgesetz (AWG) of 6 June 2013, §§ 17-18', 'The AWG sets the penalties.'),
    ]);
    expect(found.map((each) => each.date)).toEqual(['31 July 2014', '6 June 2013']);
  });

  it('passes an instrument whose date the text states, and a page dated in its title', () => {
    expect(
      undatedInstruments([
        document(
          'Council Regulation (EU) No 833/2014 of 31 July 2014 concerning restrictive measures',
          'The Council adopted Regulation (EU) No 833/2014 on 31 July 2014.',
        ),
        document('Sechs Monate Meldepflicht (press release of 29 September 2025)', 'The duty applies.'),
        document('Schedule 5 to the Act 2001 (Modification) Order 2007 (House of Lords debate, 15 March 2007)', ''),
      ]),
    ).toEqual([]);
  });
});
