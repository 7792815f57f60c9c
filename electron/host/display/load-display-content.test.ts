import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDisplayContent, parseDisplayContentBytes } from './load-display-content';

const minimal = {
  format: 1,
  playlist: [{ slide: 'services', durationSeconds: 10 }],
  benefits: { title: { vi: 'Lợi ích' }, groups: [{ title: { vi: 'a' }, body: { vi: 'b' } }] },
  vneid: { title: { vi: 'VNeID' }, steps: [{ vi: 'Cài' }], guideUrl: 'https://tailieuhuongdan.dean06.vn', guideLabel: { vi: 'Hướng dẫn' } },
};

describe('parseDisplayContent', () => {
  it('accepts a minimal file, fills defaults and ignores $schema', () => {
    const r = parseDisplayContent({ $schema: './display-content.schema.json', ...minimal });
    expect(r.ok && r.content).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', sample: false, services: { perSlide: 5 }, announcements: [] });
  });

  it('lists every problem with its field path', () => {
    const r = parseDisplayContent({
      ...minimal,
      playlist: [{ slide: 'weather', durationSeconds: 1 }],
      annoucements: [],
      announcements: [
        { id: 'a', title: { vi: 'x' }, times: [{ from: '11:30', to: '07:30' }] },
        { id: 'a', title: { vi: 'y' }, from: '2026-05-01', until: '2026-04-01' },
      ],
    });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/playlist\.0\.slide/),
      expect.stringMatching(/playlist\.0\.durationSeconds/),
      expect.stringMatching(/annoucements: unknown setting/),
      expect.stringMatching(/announcements\.0\.times\.0: "to" must be later/),
      expect.stringMatching(/announcements\.1\.until: "until" is before "from"/),
    ]));
  });

  it('reports duplicate announcement ids and unknown time zones', () => {
    const dup = parseDisplayContent({ ...minimal, announcements: [{ id: 'a', title: { vi: 'x' } }, { id: 'a', title: { vi: 'y' } }] });
    expect(dup.ok ? [] : dup.problems).toEqual([expect.stringMatching(/announcements\.1\.id: duplicate announcement id "a"/)]);
    const tz = parseDisplayContent({ ...minimal, timeZone: 'Mars/Olympus' });
    expect(tz.ok ? [] : tz.problems).toEqual([expect.stringMatching(/unknown time zone/)]);
  });

  it('refuses an http guidance address (the QR code must open a secure page)', () => {
    const r = parseDisplayContent({ ...minimal, vneid: { ...minimal.vneid, guideUrl: 'http://tailieuhuongdan.dean06.vn' } });
    expect(r.ok).toBe(false);
  });
});

describe('parseDisplayContentBytes (outside bytes)', () => {
  it('answers a content or a problem list for any bytes, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const r = parseDisplayContentBytes(bytes);
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
    );
  });

  it('answers for any JSON value, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseDisplayContentBytes(new TextEncoder().encode(JSON.stringify(value)));
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
    );
  });

  it('refuses a file over 1 MB before parsing', () => {
    const r = parseDisplayContentBytes(new Uint8Array(1024 * 1024 + 1));
    expect(r.ok ? [] : r.problems).toEqual(['display.json: larger than 1 MB']);
  });
});
