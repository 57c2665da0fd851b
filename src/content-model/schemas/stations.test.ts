import { describe, expect, it } from 'vitest';
import { stationSchema } from './stations';
import { messagesOf, webSource } from './test-helpers';

const valid = {
  name: { zh: '金乡县商标品牌指导站', en: 'Jinxiang Trademark Brand Guidance Station' },
  park: { zh: '金乡经济开发区', en: 'Jinxiang Economic Development Zone' },
  county: 'jinxiang',
  services: [{ zh: '商标注册指导', en: 'Guidance on registering trademarks' }],
  source: webSource,
  confidence: 'B',
};

const messages = (data: unknown) => messagesOf(stationSchema, data);

describe('stationSchema', () => {
  it('accepts a station without contact details', () => {
    const station = stationSchema.parse(valid);
    expect(station.county).toEqual({ collection: 'counties', id: 'jinxiang' });
    expect(station.services).toHaveLength(1);
    expect(station.contact).toBeUndefined();
    expect(station.sample).toBe(false);
  });

  it('accepts contact details', () => {
    const contact = { phone: '+86 (0537) 123-4567', email: 'zhidaozhan@example.cn' };
    expect(stationSchema.parse({ ...valid, contact }).contact).toEqual(contact);
  });

  it('rejects a station with no services', () => {
    expect(messages({ ...valid, services: [] })).toEqual(['services: needs at least 1 item(s)']);
  });

  it('rejects a county given as a list', () => {
    expect(messages({ ...valid, county: ['jinxiang', 'yutai'] })).toEqual([
      'county: must be the id of one entry in counties, written as text',
    ]);
  });

  it('rejects a phone number with words in it', () => {
    expect(messages({ ...valid, contact: { phone: '请致电 0537' } })).toEqual([
      'contact.phone: must be a phone number',
    ]);
  });

  it('rejects an e-mail address without @', () => {
    // Zod's own message ("Invalid email address"): messages.ts has no editor text for e-mails.
    const [message, ...others] = messages({ ...valid, contact: { email: 'zhidaozhan' } });
    expect(message).toMatch(/^contact\.email: /);
    expect(others).toEqual([]);
  });

  it('names a misspelt contact field', () => {
    expect(messages({ ...valid, contact: { telephone: '0537 1234567' } })).toEqual([
      'contact: unknown field "telephone": remove it or correct its spelling',
    ]);
  });

  it('rejects a source with neither url nor document', () => {
    expect(messages({ ...valid, source: { title: '金乡县设立商标品牌指导站' } })).toEqual([
      'source: needs a url or a document, so a reader can find the source',
    ]);
  });
});
