import type { SlipContent } from '../../api/printing';

/** Printable width in dots at 203 dpi (8 dots/mm): 80 mm paper prints 72 mm, 58 mm paper 48 mm. */
export const PAPER_DOTS: Record<58 | 80, number> = { 58: 384, 80: 576 };

export type SlipFont = 'title' | 'heading' | 'body' | 'small';

/** Font sizes in dots per paper width: big enough for an elderly reader, small enough to fit 58 mm. */
export const FONT_DOTS: Record<58 | 80, Record<SlipFont, number>> = {
  80: { title: 34, heading: 26, body: 24, small: 20 },
  58: { title: 28, heading: 22, body: 21, small: 18 },
};

export type SlipOp =
  | { readonly kind: 'text'; readonly font: SlipFont; readonly text: string; readonly x: number; readonly y: number; readonly align: 'left' | 'center' }
  | { readonly kind: 'rule'; readonly y: number }
  | { readonly kind: 'qr'; readonly url: string; readonly x: number; readonly y: number; readonly size: number };

export interface SlipLayout {
  readonly widthDots: number;
  readonly heightDots: number;
  readonly ops: readonly SlipOp[];
}

/** What the core adds to the citizen's slip: public facts about this kiosk, and the time. */
export interface SlipFrame {
  readonly wardName: string;
  readonly supportLines: readonly string[];
  readonly printedAt: Date;
}

/** Width of `text` in dots in the given font (the renderer measures with the real font). */
export type MeasureText = (text: string, font: SlipFont) => number;

/**
 * Lays the slip out top to bottom: every text line already broken to the paper's width, so the
 * renderer only draws. The QR module count is decided by the renderer; `size` here is the square
 * reserved for it (about 45 % of 80 mm paper, 60 % of 58 mm: phones read it from 20 cm).
 */
export function layoutSlip(content: SlipContent, frame: SlipFrame, paperWidthMm: 58 | 80, measure: MeasureText): SlipLayout {
  const width = PAPER_DOTS[paperWidthMm];
  const fonts = FONT_DOTS[paperWidthMm];
  const ops: SlipOp[] = [];
  let y = 0;
  const gap = (dots: number) => { y += dots; };
  const para = (text: string, font: SlipFont, opts: { indent?: number; align?: 'left' | 'center' } = {}) => {
    const indent = opts.indent ?? 0;
    for (const line of breakLines(text, width - indent, (t) => measure(t, font))) {
      y += Math.round(fonts[font] * 1.3);
      const align = opts.align ?? 'left';
      ops.push({ kind: 'text', font, text: line, x: align === 'center' ? width / 2 : indent, y, align });
    }
  };
  const rule = () => { gap(10); ops.push({ kind: 'rule', y }); gap(6); };

  para('PHIẾU HƯỚNG DẪN', 'heading', { align: 'center' });
  para(frame.wardName, 'small', { align: 'center' });
  rule();
  para(content.procedureName, 'title');
  para(`Mã thủ tục: ${content.procedureCode}`, 'small');
  if (content.caseTitle) para(`Trường hợp: ${content.caseTitle}`, 'body');
  rule();
  para('Giấy tờ cần mang', 'heading');
  if (content.papers.length === 0) para('Xem danh sách trên Cổng Dịch vụ công hoặc hỏi cán bộ.', 'body');
  content.papers.forEach((paper, i) => {
    gap(4);
    para(`${i + 1}. ${paper.name}${paper.count ? ` (${paper.count})` : ''}`, 'body');
    if (paper.whereToGet) para(`Lấy ở: ${paper.whereToGet}`, 'small', { indent: 24 });
  });
  if (content.channels.length > 0) {
    rule();
    para('Lệ phí và thời hạn', 'heading');
    for (const c of content.channels) {
      para(c.label, 'body');
      if (c.fee) para(`Lệ phí: ${c.fee}`, 'small', { indent: 24 });
      if (c.time) para(`Thời hạn: ${c.time}`, 'small', { indent: 24 });
    }
  }
  if (content.where) {
    rule();
    para('Nộp ở đâu', 'heading');
    para(content.where, 'body');
  }
  if (content.qrUrl) {
    rule();
    para('Làm tiếp trên điện thoại: mở camera hoặc Zalo, quét mã này', 'small', { align: 'center' });
    const size = Math.round(width * (paperWidthMm === 80 ? 0.45 : 0.6));
    gap(8);
    ops.push({ kind: 'qr', url: content.qrUrl, x: Math.round((width - size) / 2), y, size });
    gap(size);
  }
  rule();
  for (const line of frame.supportLines) para(line, 'small');
  para(`In lúc ${formatVnDateTime(frame.printedAt)}`, 'small');
  para('Phiếu không ghi thông tin cá nhân.', 'small');
  gap(16);
  return { widthDots: width, heightDots: Math.ceil(y), ops };
}

/**
 * Greedy line breaking at spaces; a word wider than the line (a long code or URL) is broken between
 * characters. Vietnamese words are short syllables, so greedy breaking wastes little space.
 */
export function breakLines(text: string, maxWidth: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) { line = candidate; continue; }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** "14:05 ngày 06/12/2026" in the kiosk's local time (Vietnam, UTC+7, on a deployed kiosk). */
export function formatVnDateTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}
