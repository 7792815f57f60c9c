import { describe, expect, it } from 'vitest';
import { grantsFor, isLoopbackAddress, isLoopbackHost, lanMayFetch } from './peer-policy';

const policy = { launchToken: 'secret-token', displayOnLan: false };
const local = { remoteAddress: '127.0.0.1', host: '127.0.0.1:8420', origin: 'http://127.0.0.1:8420', face: 'citizen', token: 'secret-token' };

describe('peer policy', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.1', true], ['::1', true], ['::ffff:127.0.0.1', true],
    ['192.168.1.20', false], ['10.0.0.1', false], ['::ffff:10.0.0.1', false], [undefined, false],
  ])('isLoopbackAddress(%s) = %s', (a, expected) => expect(isLoopbackAddress(a)).toBe(expected));

  it('recognises loopback Host headers only', () => {
    expect(isLoopbackHost('localhost:8420')).toBe(true);
    expect(isLoopbackHost('[::1]:8420')).toBe(true);
    expect(isLoopbackHost('evil.example:8420')).toBe(false);
  });

  it('gives the citizen face its grants with the launch token on loopback', () => {
    expect(grantsFor(local, policy)).toEqual(['display', 'citizen']);
    expect(grantsFor({ ...local, face: 'staff' }, policy)).toContain('staff');
  });

  it('falls back to display-only without the right token', () => {
    expect(grantsFor({ ...local, token: 'wrong-token!' }, policy)).toEqual(['display']);
    expect(grantsFor({ ...local, token: null }, policy)).toEqual(['display']);
  });

  it('refuses a foreign Origin (a web page trying to reach the kiosk) and DNS rebinding', () => {
    expect(grantsFor({ ...local, origin: 'https://evil.example' }, policy)).toBeNull();
    expect(grantsFor({ ...local, host: 'evil.example:8420', origin: 'http://evil.example:8420' }, policy)).toBeNull();
  });

  it('gives LAN peers nothing unless the display is on the LAN, and then only the display', () => {
    const lan = { ...local, remoteAddress: '192.168.1.50', host: '192.168.1.10:8420', origin: 'http://192.168.1.10:8420' };
    expect(grantsFor(lan, policy)).toBeNull();
    expect(grantsFor(lan, { ...policy, displayOnLan: true })).toEqual(['display']);
    expect(grantsFor({ ...lan, face: 'staff' }, { ...policy, displayOnLan: true })).toEqual(['display']);
  });

  it('lets LAN peers fetch only the display page and its assets', () => {
    expect(lanMayFetch('/display')).toBe(true);
    expect(lanMayFetch('/assets/index-abc.js')).toBe(true);
    expect(lanMayFetch('/citizen')).toBe(false);
    expect(lanMayFetch('/staff')).toBe(false);
  });
});
