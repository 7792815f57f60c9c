/**
 * Display soak benchmark (`npm run bench:display`): builds the kiosk, starts the core in browser mode on
 * a temporary config and content copy, opens the display face in Chromium (/usr/bin/chromium unless
 * CHROMIUM_PATH says otherwise) in accelerated mode (`?speed=500&fade=4&soak=1`: slides of 10–15 s
 * last 20–30 ms), and runs at least 5,000 slide transitions while the content file is rewritten every
 * 100 transitions (the core's watcher pushes each change). Prints ONE JSON line: JS heap and DOM nodes
 * at start and end (after a forced GC, through the DevTools protocol, with the player held on the same
 * slide and the same content) and the transition-time p95 (dwell timer fired → first frame after the
 * swap, so it includes waiting for the next vsync).
 * Targets: heap growth < 5 MB, DOM nodes stable, p95 < 50 ms.
 * Options (env): BENCH_TRANSITIONS (default 5000), BENCH_NO_BUILD=1 to use the existing dist/.
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..');
const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 5000);
const CHANGE_EVERY = 100;
const WARM_UP = 50;
const TARGETS = { heapGrowthMB: 5, p95Ms: 50, domNodeGrowth: 0 };

function build(): void {
  for (const args of [[join(REPO, 'scripts', 'build-node.mjs')], [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error']]) {
    const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  }
}

function startCore(configFile: string): Promise<{ child: ChildProcess; displayUrl: string; log: () => string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), 'serve', '--config', configFile, '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const timer = setTimeout(() => reject(new Error(`core did not start:\n${log}`)), 30_000);
    child.stdout!.on('data', (b: Buffer) => {
      log += b.toString();
      const m = /display: (\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveStart({ child, displayUrl: m[1]!, log: () => log });
      }
    });
    child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
    child.once('exit', (code) => reject(new Error(`core exited with ${code}:\n${log}`)));
  });
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  if (process.env.BENCH_NO_BUILD !== '1' || !existsSync(join(REPO, 'dist', 'host', 'cli.mjs'))) build();
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-display-bench-'));
  const contentDir = join(dir, 'content');
  cpSync(join(REPO, 'kiosk-config', 'content'), contentDir, { recursive: true });
  const displayFile = join(contentDir, 'display', 'display.json');
  const content = JSON.parse(readFileSync(displayFile, 'utf8')) as Record<string, unknown> & { announcements: unknown[] };
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
  const configFile = join(dir, 'kiosk.json');
  writeFileSync(configFile, JSON.stringify({
    ...demo, dataDir: join(dir, 'data'), content: { dir: contentDir }, trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store') },
    network: { bindAddress: '127.0.0.1', port: 0 },
  }));

  const core = await startCore(configFile);
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
  });
  const started = Date.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    // Memory is measured with the player stopped on the same slide (its `?soak=1` hold), so the two
    // layers hold the same two slides at start and end: any difference is growth, not a bigger slide.
    const HOLD_KEY = 'services-0-1';
    const measure = async () => {
      await page.evaluate((key) => ((window as unknown as { __displaySoak: { holdAt: string | null } }).__displaySoak.holdAt = key), HOLD_KEY);
      await page.waitForFunction((key) => (window as unknown as { __displaySoak: { heldAt: string | null } }).__displaySoak.heldAt === key, HOLD_KEY);
      await page.waitForTimeout(200);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      await page.evaluate(() => ((window as unknown as { __displaySoak: { holdAt: string | null } }).__displaySoak.holdAt = null));
      return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    const soak = () => page.evaluate(() => {
      const s = (window as unknown as { __displaySoak?: { transitions: number; feeds: number } }).__displaySoak;
      return s ? { transitions: s.transitions, feeds: s.feeds } : { transitions: 0, feeds: 0 };
    });

    await page.goto(`${core.displayUrl}?speed=500&fade=4&soak=1`);
    await page.waitForSelector('[data-testid=slide-front] [data-slide-kind]');
    while ((await soak()).transitions < WARM_UP) await page.waitForTimeout(50);
    const start = await measure();
    const startState = await soak();

    let changes = 0;
    let nextChangeAt = startState.transitions + CHANGE_EVERY;
    const target = startState.transitions + TRANSITIONS;
    for (;;) {
      const s = await soak();
      if (s.transitions >= target) break;
      if (s.transitions >= nextChangeAt) {
        changes++;
        nextChangeAt += CHANGE_EVERY;
        // A real edit: the ticker text and which announcements exist both change.
        const announcements = changes % 2 === 0 ? content.announcements : content.announcements.slice(0, 1);
        writeFileSync(displayFile, JSON.stringify({ ...content, announcements, ticker: { vi: `Thông báo số ${changes}: nội dung đã thay đổi` } }));
      }
      await page.waitForTimeout(40);
    }
    // Back to the content we started with, so both measurements show the same texts.
    const feedsBefore = (await soak()).feeds;
    writeFileSync(displayFile, JSON.stringify(content));
    await page.waitForFunction((n) => (window as unknown as { __displaySoak: { feeds: number } }).__displaySoak.feeds > n, feedsBefore);
    const end = await measure();
    const endState = await soak();
    const durations = await page.evaluate(() => (window as unknown as { __displaySoak: { durations(): number[] } }).__displaySoak.durations());
    const measured = durations.slice(-(endState.transitions - startState.transitions)).sort((a, b) => a - b);
    const pct = (p: number) => round(measured[Math.min(measured.length - 1, Math.floor((p / 100) * measured.length))] ?? NaN);
    const heapGrowthMB = mb(end.heap - start.heap);
    const result = {
      bench: 'display',
      transitions: endState.transitions - startState.transitions,
      contentChanges: changes,
      feedsApplied: endState.feeds - startState.feeds,
      heapStartMB: mb(start.heap),
      heapEndMB: mb(end.heap),
      heapGrowthMB,
      domNodesStart: start.nodes,
      domNodesEnd: end.nodes,
      listenersStart: start.listeners,
      listenersEnd: end.listeners,
      transitionP50Ms: pct(50),
      transitionP95Ms: pct(95),
      transitionMaxMs: round(measured.at(-1) ?? NaN),
      seconds: Math.round((Date.now() - started) / 1000),
      // The machines are shared: a high load average explains a slow tail.
      loadAverage1m: round(loadavg()[0] ?? 0),
      cpus: cpus().length,
      targets: TARGETS,
      pass: heapGrowthMB < TARGETS.heapGrowthMB && Math.abs(end.nodes - start.nodes) <= TARGETS.domNodeGrowth && pct(95) < TARGETS.p95Ms,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    core.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
