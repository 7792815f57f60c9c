import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EscPosDecoder } from '../../../drivers/sim/printer/escpos-decoder';
import { pageToPng } from '../../../drivers/sim/printer/page-png';
import type { SlipContent } from '../../api/printing';
import { buildSlipJob } from './slip-job';
import { breakLines, layoutSlip, PAPER_DOTS } from './slip-layout';
import { canvasMeasure } from './slip-render';

const LONG_NAME = 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi theo quy trình liên thông điện tử';
const content: SlipContent = {
  procedureCode: '1.001193',
  procedureName: LONG_NAME,
  caseTitle: 'Cha mẹ đã đăng ký kết hôn',
  papers: [{ name: 'Giấy chứng sinh', count: '1 bản chính', whereToGet: 'Bệnh viện nơi trẻ sinh ra' }],
  channels: [{ label: 'Trực tuyến', fee: 'Miễn lệ phí', time: 'Trong ngày' }],
  where: 'Quầy số 2',
  qrUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
};
const frame = { wardName: 'Phường Minh Họa', supportLines: ['Tổng đài: 1800 1096'], printedAt: new Date(2026, 11, 6, 14, 5) };

describe('line breaking', () => {
  const byChars = (t: string) => t.length * 10;
  it('breaks at spaces and keeps every word', () => {
    const lines = breakLines('một hai ba bốn năm sáu', 100, byChars);
    expect(lines).toEqual(['một hai ba', 'bốn năm', 'sáu']);
  });
  it('cuts a word wider than the line between characters', () => {
    expect(breakLines('abcdefghijklmnop', 50, byChars)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
  });
});

describe.each([58, 80] as const)('slip layout at %i mm with the screen font', (paper) => {
  const measure = canvasMeasure(paper);
  const layout = layoutSlip(content, frame, paper, measure);
  const texts = layout.ops.flatMap((op) => (op.kind === 'text' ? [op] : []));

  it('keeps every line inside the printable width', () => {
    expect(layout.widthDots).toBe(PAPER_DOTS[paper]);
    for (const t of texts) {
      const w = measure(t.text, t.font);
      const left = t.align === 'center' ? t.x - w / 2 : t.x;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(layout.widthDots + 0.5);
    }
  });

  it('breaks the long Vietnamese name into whole words, all marks kept', () => {
    const titleLines = texts.filter((t) => t.font === 'title').map((t) => t.text);
    expect(titleLines.length).toBeGreaterThan(paper === 58 ? 3 : 2);
    expect(titleLines.join(' ')).toBe(LONG_NAME);
  });

  it('places the QR square inside the paper, and the facts around it', () => {
    const qr = layout.ops.find((op) => op.kind === 'qr');
    expect(qr && qr.kind === 'qr' && qr.x >= 0 && qr.x + qr.size <= layout.widthDots).toBe(true);
    const all = texts.map((t) => t.text).join(' ');
    for (const word of ['Mã thủ tục: 1.001193', 'Trường hợp: Cha mẹ đã đăng ký kết hôn', 'Giấy chứng sinh (1 bản chính)', 'Lệ phí: Miễn lệ phí', 'Phường Minh Họa', 'In lúc 14:05 ngày 06/12/2026']) {
      expect(all).toContain(word);
    }
  });

  it.skipIf(!existsSync('/usr/bin/zbarimg'))('prints a QR that reads back to the address (zbarimg)', () => {
    const job = buildSlipJob(content, frame, { paperWidthMm: paper });
    const parts = new EscPosDecoder().push(job).flatMap((e) => (e.kind === 'raster' ? [e] : []));
    const dir = mkdtempSync(join(tmpdir(), 'slip-'));
    const file = join(dir, 'slip.png');
    writeFileSync(file, pageToPng({ parts, bytes: job.length }, PAPER_DOTS[paper]));
    expect(execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim()).toBe(content.qrUrl);
  });
});

describe('text mode', () => {
  it('prints ASCII lines without marks and the address instead of a QR', () => {
    const job = buildSlipJob(content, frame, { paperWidthMm: 58, mode: 'text' });
    const lines = new EscPosDecoder().push(job).flatMap((e) => (e.kind === 'text' ? [e.line] : []));
    expect(lines.join(' ')).toContain('Dang ky khai sinh');
    expect(lines.every((l) => l.length <= 32)).toBe(true);
    expect(lines.join('')).toContain('dichvucong.gov.vn');
  });
});
