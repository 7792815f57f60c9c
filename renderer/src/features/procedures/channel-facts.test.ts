import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { caseCodeTimes, channelTime, feeTable, money, paperCount } from './channel-facts';
import { BIRTH, MARRIAGE, RESIDENCE } from './real-shaped.fixture';

const vi: Translate = (k, p) => translate('vi', k, p);
const en: Translate = (k, p) => translate('en', k, p);

describe('fees and time limits in words', () => {
  it('writes amounts in đồng with Vietnamese thousands', () => {
    expect(money(0)).toBe('0');
    expect(money(10000)).toBe('10.000');
    expect(money(1250000)).toBe('1.250.000');
  });

  it('shows an OTHER unit as published and adds the working days the case codes publish', () => {
    expect(channelTime(vi, MARRIAGE.channels[0]!)).toBe('1 (cổng không ghi đơn vị)');
    expect(channelTime(en, MARRIAGE.channels[0]!)).toBe('1 (the portal gives no unit)');
    expect(caseCodeTimes(vi, MARRIAGE)).toBe('Theo mã thủ tục trên Cổng: 1.000894.01: 1 ngày; 1.000894.02: 1 ngày làm việc');
    expect(caseCodeTimes(vi, { caseCodes: [{ code: '1.000001.01', time: { value: 1, unit: 'other' } }] })).toBeNull();
    expect(channelTime(vi, RESIDENCE.channels[1]!)).toBe('7 ngày làm việc');
    expect(channelTime(vi, { kind: 'online', timeLimit: '03 ngày làm việc' })).toBe('03 ngày làm việc');
    expect(channelTime(vi, { kind: 'online' })).toBe('chưa có thông tin');
    expect(channelTime(en, { kind: 'online', time: { value: 1, unit: 'workingDay' } })).toBe('1 working day');
    expect(channelTime(en, { kind: 'online', time: { value: 8, unit: 'hour' } })).toBe('8 hours');
  });

  it('gives 0 đồng with its rule, the same rule once for every channel', () => {
    const table = feeTable(vi, MARRIAGE.channels);
    expect([...table.lines.keys()]).toEqual(['online', 'inPerson', 'postal']);
    expect(table.lines.get('online')).toEqual([{ text: '0 đồng (phí)', rule: 1, zeroWithoutRule: false }]);
    expect(table.lines.get('postal')![0]!.rule).toBe(1); // published in brackets: the same rule
    expect(table.rules).toEqual([expect.stringMatching(/^Miễn lệ phí\. Phí cấp bản sao Trích lục kết hôn/)]);
  });

  it('keeps the amounts and rules that differ by channel, and says when 0 has no rule', () => {
    const table = feeTable(vi, RESIDENCE.channels);
    expect(table.lines.get('online')).toEqual([{ text: '10.000 đồng (lệ phí)', rule: 1, zeroWithoutRule: false }]);
    expect(table.lines.get('inPerson')).toEqual([{ text: '20.000 đồng (lệ phí)', rule: 2, zeroWithoutRule: false }]);
    expect(feeTable(vi, BIRTH.channels).lines.get('online')).toEqual([{ text: '0 đồng (phí)', rule: 0, zeroWithoutRule: true }]);
    expect(feeTable(vi, [{ kind: 'inPerson', fees: 'Không' }]).lines.get('inPerson')).toEqual([{ text: 'Không', rule: 0, zeroWithoutRule: false }]);
  });

  it('counts papers in words an elderly citizen reads', () => {
    expect(paperCount(vi, { originals: 1, copies: 0 })).toBe('1 bản chính');
    expect(paperCount(vi, { originals: 1, copies: 2 })).toBe('1 bản chính, 2 bản sao');
    expect(paperCount(en, { originals: 2, copies: 1 })).toBe('2 originals, 1 copy');
    expect(paperCount(vi, {})).toBeNull();
  });
});
