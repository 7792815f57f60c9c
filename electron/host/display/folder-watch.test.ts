import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFolder } from './folder-watch';

class FakeWatcher extends EventEmitter {
  closed = false;
  constructor(readonly listener: (event: string, file: string | null) => void) {
    super();
  }
  close() {
    this.closed = true;
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchFolder', () => {
  it('calls once per burst of changes, after the quiet time', () => {
    const watchers: FakeWatcher[] = [];
    const onChange = vi.fn();
    const w = watchFolder('/content/display', onChange, { debounceMs: 250, watchImpl: (_d, l) => { const f = new FakeWatcher(l); watchers.push(f); return f; } });
    watchers[0]!.listener('change', 'display.json');
    vi.advanceTimersByTime(100);
    watchers[0]!.listener('rename', 'display.json');
    vi.advanceTimersByTime(249);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    w.close();
    expect(watchers[0]!.closed).toBe(true);
  });

  it('ignores other files when told which to watch', () => {
    let listener: (e: string, f: string | null) => void = () => {};
    const onChange = vi.fn();
    watchFolder('/content', onChange, { files: ['essential-services.json'], watchImpl: (_d, l) => ((listener = l), new FakeWatcher(l)) });
    listener('change', 'groups.json');
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    listener('change', 'essential-services.json');
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('retries a missing folder and reports a change once it is watched', () => {
    let attempts = 0;
    const onChange = vi.fn();
    const w = watchFolder('/not/yet', onChange, {
      retryMs: 5000,
      debounceMs: 10,
      watchImpl: (_d, l) => {
        attempts++;
        if (attempts < 3) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return new FakeWatcher(l);
      },
    });
    vi.advanceTimersByTime(5000);
    expect(attempts).toBe(2);
    vi.advanceTimersByTime(5010);
    expect(attempts).toBe(3);
    expect(onChange).toHaveBeenCalledTimes(1);
    w.close();
  });

  it('re-attaches after a watch error and stops everything on close', () => {
    const watchers: FakeWatcher[] = [];
    const onChange = vi.fn();
    const w = watchFolder('/content/display', onChange, { retryMs: 1000, debounceMs: 10, watchImpl: (_d, l) => { const f = new FakeWatcher(l); watchers.push(f); return f; } });
    watchers[0]!.emit('error', new Error('EPERM'));
    expect(watchers[0]!.closed).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(watchers).toHaveLength(2);
    w.close();
    watchers[1]!.listener('change', 'display.json');
    vi.advanceTimersByTime(10_000);
    expect(watchers).toHaveLength(2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
