/**
 * Card-read benchmark (`npm run bench:card`): the simulator's card read through the whole real stack —
 * Pn532Reader on a SerialLink on one end of a socat pty pair, the virtual PN532 on the other end, its
 * link throttled to the line speed (every byte costs 10 bits each way) and its chip taking the modelled
 * card time per APDU. Prints ONE JSON line per case and setting, in one run:
 *   files (a) DG1 + DG13 + SOD with passive authentication, (b) the same plus DG2 (the portrait);
 *   settings: 115200 baud with 223-byte chunks (the read before issue 15), 115200 with the largest chunks
 *   the card accepts (learned: 2,048-byte extended reads on the simulated chip), 921600 (the fast link,
 *   switched after the first contact) with the largest chunks.
 * Each line: its settings (`baudRate`, `chunk`), every run's ms (7 runs after a warm-up; BENCH_RUNS changes
 * it) and the median; `ratio` = median ÷ the first setting's median of the same files; `floorRatio` = the
 * median of the runs' time ÷ link floor ((bytes sent + received × 10 ÷ baud) + simulated card time).
 * Targets: the fast setting at most 0.65× the first for (a), 0.6× for (b); every floorRatio ≤ 1.15 at
 * 115200 (the stack adds little to the wire and the card); exit code 1 when a target is missed.
 * The time measured is readCard's (access, files, parsing, verification) after the card was found.
 */
import { loadavg } from 'node:os';
import { readCard } from '../../drivers/card/read-card';
import type { ReadableFile } from '../../drivers/card/card-read';
import { trustStoreFromFiles } from '../../drivers/emrtd/pa/index';
import { Pn532Reader } from '../../drivers/pn532/reader';
import { loadCardProfile } from '../../drivers/sim/card-profile/index';
import { defaultTestPki } from '../../drivers/sim/card-profile/test-pki';
import { VirtualPn532 } from '../../drivers/sim/pn532/virtual-pn532';
import { virtualCardFromProfile } from '../../drivers/sim/simulated-card';
import type { ApduTransceiver } from '../../drivers/iso7816/apdu-transceiver';
import type { VirtualCard } from '../../drivers/sim/virtual-card';
import { SerialLink } from '../../drivers/transport/serial-link';
import { createPtyPair } from '../integration/support/pty-pair';

const POWER_UP_BAUD = 115200;
const FAST_BAUD = 921600;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_FLOOR_RATIO = 1.15;

const CASES: { name: string; files: readonly ReadableFile[]; fastTarget: number }[] = [
  { name: 'dg1-dg13-sod', files: ['DG1', 'DG13', 'SOD'], fastTarget: 0.65 },
  { name: 'dg1-dg13-dg2-sod', files: ['DG1', 'DG13', 'DG2', 'SOD'], fastTarget: 0.6 },
];

/** The settings compared, slowest first; `chunk: undefined` lets the read learn the card's largest. */
const SETTINGS: { baudRate: number; chunk: number | undefined }[] = [
  { baudRate: POWER_UP_BAUD, chunk: 223 },
  { baudRate: POWER_UP_BAUD, chunk: undefined },
  { baudRate: FAST_BAUD, chunk: undefined },
];

/** The transceiver with the time spent inside exchanges and between them (host work) added up. */
function splitTimes(inner: ApduTransceiver, startedAt: number) {
  const split = {
    // What the card announced (extended length) must reach readCard through the wrapper.
    ...(inner.historicalBytes ? { historicalBytes: inner.historicalBytes } : {}),
    inExchangeMs: 0,
    hostBetweenMs: 0,
    lastAnswerAt: startedAt,
    async transmit(apdu: Uint8Array, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<Uint8Array> {
      const sent = performance.now();
      split.hostBetweenMs += sent - split.lastAnswerAt;
      try {
        return await inner.transmit(apdu, options);
      } finally {
        split.lastAnswerAt = performance.now();
        split.inExchangeMs += split.lastAnswerAt - sent;
      }
    },
  };
  return split;
}

/** The card with the wall time of its (synchronous) transmit summed: the simulator's real compute. */
function timedCard<T extends VirtualCard>(card: T): T & { computeMs: number } {
  const timed = card as T & { computeMs: number };
  timed.computeMs = 0;
  const transmit = card.transmit.bind(card);
  timed.transmit = (apdu) => {
    const t0 = performance.now();
    try {
      return transmit(apdu);
    } finally {
      timed.computeMs += performance.now() - t0;
    }
  };
  return timed;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

type Run = { ms: number; inExchangeMs: number; hostBetweenMs: number; hostTailMs: number; simComputeMs: number; processCpuMs: number; floorMs: number; linkMs: number; cardTimeMs: number; bytesSent: number; bytesReceived: number; apdus: number; bytesRead: number; chunk: number };

async function main(): Promise<void> {
  const profile = await loadCardProfile(new URL('../../kiosk-config/sim/cards/nguyen-van-an.json', import.meta.url).pathname);
  if (!profile.ok) throw new Error(`${profile.error.code}: ${profile.error.detail}`);
  const trustStore = trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: defaultTestPki().csca.der }]);
  const pty = await createPtyPair();
  const sim = new VirtualPn532(new SerialLink({ path: pty.b, baudRate: POWER_UP_BAUD }), { baudRate: POWER_UP_BAUD });
  const reader = new Pn532Reader(new SerialLink({ path: pty.a, baudRate: POWER_UP_BAUD }), { baudRate: POWER_UP_BAUD });
  let failed = false;
  const baseline = new Map<string, number>();
  const lines: Record<string, unknown>[] = [];
  try {
    await sim.start();
    await reader.open();
    for (const setting of SETTINGS) {
      if (setting.baudRate !== reader.baudRate) {
        const switched = await reader.useFastBaudRate(setting.baudRate);
        if (switched.fellBack !== undefined) throw new Error(`the simulator link did not switch: ${switched.fellBack}`);
      }
      for (const c of CASES) {
        const runs: Run[] = [];
        let pa = '';
        for (let i = -1; i < RUNS; i++) {
          // A fresh chip each run (the card is tapped again); run -1 warms the JIT and is not counted.
          const chip = timedCard(virtualCardFromProfile(profile.value));
          sim.insertCard(chip);
          const target = await reader.waitForCard({ pollIntervalMs: 20, signal: AbortSignal.timeout(5000) });
          sim.resetStats();
          chip.computeMs = 0;
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          const split = splitTimes(target, t0);
          const r = await readCard(split, { can: profile.value.idNumber.slice(-6), files: c.files, trustStore, ...(setting.chunk ? { chunkSize: setting.chunk } : {}) });
          const ms = performance.now() - t0;
          const cpu = process.cpuUsage(cpu0);
          const hostTailMs = performance.now() - split.lastAnswerAt;
          const s = { ...sim.stats };
          await target.release();
          if (!r.ok) throw new Error(`case ${c.name}: ${r.error.code}: ${r.error.detail}`);
          pa = r.value.passiveAuthentication.status;
          if (i < 0) continue;
          const linkMs = ((s.bytesSent + s.bytesReceived) * 10 * 1000) / setting.baudRate;
          runs.push({ ms, inExchangeMs: split.inExchangeMs, hostBetweenMs: split.hostBetweenMs, hostTailMs, simComputeMs: chip.computeMs, processCpuMs: (cpu.user + cpu.system) / 1000, floorMs: linkMs + s.cardTimeMs, linkMs, cardTimeMs: s.cardTimeMs, bytesSent: s.bytesSent, bytesReceived: s.bytesReceived, apdus: s.apdus, bytesRead: r.value.stats.bytesRead, chunk: r.value.stats.chunkSize });
        }
        const ms = median(runs.map((r) => r.ms));
        const first = baseline.get(c.name) ?? ms;
        baseline.set(c.name, first);
        const ratio = ms / first;
        const floorRatio = median(runs.map((r) => r.ms / r.floorMs));
        const fast = setting.baudRate === FAST_BAUD;
        const pass = (!fast || ratio <= c.fastTarget) && (setting.baudRate !== POWER_UP_BAUD || floorRatio <= TARGET_FLOOR_RATIO);
        failed ||= !pass;
        const last = runs.at(-1)!;
        lines.push({
          bench: 'card',
          case: c.name,
          baudRate: setting.baudRate,
          chunk: last.chunk,
          // The machines are shared: a busy host adds scheduling latency to every pty hop and timer.
          loadAverage1m: round(loadavg()[0] ?? 0, 2),
          runs: runs.map((r) => round(r.ms)),
          medianMs: round(ms),
          ratio: round(ratio, 3),
          floorMs: round(median(runs.map((r) => r.floorMs))),
          floorRatio: round(floorRatio, 3),
          linkMs: round(last.linkMs),
          cardTimeMs: round(last.cardTimeMs),
          linkBytes: { sent: last.bytesSent, received: last.bytesReceived },
          apdus: last.apdus,
          bytesRead: last.bytesRead,
          passiveAuthentication: pa,
          // Where the time beyond the floor goes. inExchangeMs: inside transmit (link, PN532, card); of it,
          // simComputeMs is the chip's JavaScript and the rest beyond the floor is pty/timer latency.
          // hostBetweenMs: host work between APDUs (PACE crypto, SM); hostTailMs: after the last answer.
          breakdown: Object.fromEntries(
            (['inExchangeMs', 'simComputeMs', 'hostBetweenMs', 'hostTailMs', 'processCpuMs'] as const).map((k) => [k, round(median(runs.map((r) => r[k])))]),
          ),
          target: fast ? { ratio: c.fastTarget } : setting.baudRate === POWER_UP_BAUD ? { floorRatio: TARGET_FLOOR_RATIO } : {},
          pass,
        });
        console.log(JSON.stringify(lines.at(-1)));
      }
    }
  } finally {
    await reader.close().catch(() => undefined);
    await sim.stop().catch(() => undefined);
    await pty.close();
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
