import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactTopic } from './contact-topic.js';
import { KnowledgeBase } from './knowledge-base.js';

describe('the office a question belongs with', () => {
  it('reads help abroad as consular, a visa as visas, a licence as export control', () => {
    expect(contactTopic('What number do I call for help from the Danish consular services?')).toBe('consular');
    expect(contactTopic('Mon passeport a été volé, quel est le numéro du centre de crise ?')).toBe('consular');
    expect(contactTopic('Where do I apply for a visa at the embassy?')).toBe('visas');
    expect(contactTopic('Who issues export licences for dual-use items?')).toBe('export-control');
  });

  it('never offers the research-security contact point for consular help', async () => {
    const { knowledge } = await KnowledgeBase.load({
      dir: path.resolve(import.meta.dirname, '../../test/fixtures/knowledge'),
      institutionDirs: [],
    });
    expect(knowledge.contactPointsFor(['NL'], 'general').length).toBeGreaterThan(0);
    expect(knowledge.contactPointsFor(['NL'], 'consular')).toEqual(
      knowledge.contactPoints.filter((point) => point.jurisdiction === 'NL' && point.handles?.includes('consular')),
    );
  });
});
