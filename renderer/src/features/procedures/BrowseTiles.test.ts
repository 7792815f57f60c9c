import { describe, expect, it } from 'vitest';
import { sectorsForBrowse, TOP_SECTORS } from './BrowseTiles';

describe('sectors to browse on the real catalogue (about 100 sectors)', () => {
  const sectors = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, name: `Lĩnh vực ${String(i).padStart(3, '0')}`, count: i % 10 === 0 ? 0 : (i * 7) % 23 }));
  sectors.push({ id: 'dat-dai', name: 'Đất đai', count: 180 }, { id: 'ho-tich', name: 'Hộ tịch', count: 42 });

  it('shows the largest first, only those with procedures, the top ones until "see all"', () => {
    const top = sectorsForBrowse(sectors, false);
    expect(top.shown).toHaveLength(TOP_SECTORS);
    expect(top.shown.slice(0, 2).map((s) => s.id)).toEqual(['dat-dai', 'ho-tich']);
    expect(top.shown.every((s, i) => i === 0 || top.shown[i - 1]!.count >= s.count)).toBe(true);
    const all = sectorsForBrowse(sectors, true);
    expect(all.total).toBe(sectors.filter((s) => s.count > 0).length);
    expect(all.shown).toHaveLength(all.total);
    expect(all.shown.some((s) => s.count === 0)).toBe(false);
  });

  it('breaks ties by name, in Vietnamese order', () => {
    const tied = sectorsForBrowse([{ name: 'Đường bộ', count: 3 }, { name: 'Dân tộc', count: 3 }, { name: 'Y tế', count: 3 }], false).shown;
    expect(tied.map((s) => s.name)).toEqual(['Dân tộc', 'Đường bộ', 'Y tế']);
  });
});
