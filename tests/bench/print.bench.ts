/**
 * Slip-printing benchmark (`npm run bench:print`): an 80 mm slip of a procedure with 12 papers, from the
 * tap (PrinterDevice.printSlip: status query, layout, raster, encoding) to the bytes arriving at the
 * other end of a socat pty where the virtual printer listens. Prints ONE JSON line per case:
 *   firstByteMs: tap → first byte of the job on the link (after the 9 bytes of the DLE EOT queries);
 *   lastByteMs: tap → last byte on the pty; bytes: the job's size; uartSecondsAt115200: what a real
 *   UART at 115200 baud (10 bits a byte) would need for it (USB printers take it far faster).
 * Runs: BENCH_RUNS (default 7) after a warm-up; medians reported. Target: firstByteMs under 300 ms;
 * exit code 1 when missed. The screen never waits on this: the face's call is asynchronous.
 */
import { loadavg } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualPrinter } from '../../drivers/sim/printer/virtual-printer';
import { SerialLink } from '../../drivers/transport/serial-link';
import type { SlipContent } from '../../electron/api/printing';
import { PrinterDevice } from '../../electron/host/printing/printer-device';
import { createPtyPair } from '../integration/support/pty-pair';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_FIRST_BYTE_MS = 300;
const STATUS_QUERY_BYTES = 9;

const slip: SlipContent = {
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  caseTitle: 'Cha mẹ đã đăng ký kết hôn',
  papers: Array.from({ length: 12 }, (_, i) => ({ name: `Giấy tờ số ${i + 1}: bản sao giấy chứng nhận kết hôn của cha mẹ`, count: '1 bản sao', whereToGet: 'Ủy ban nhân dân xã nơi đã đăng ký kết hôn' })),
  channels: [{ label: 'Trực tuyến', fee: 'Miễn lệ phí', time: 'Trong ngày' }, { label: 'Trực tiếp tại quầy', fee: 'Miễn lệ phí', time: '1 ngày làm việc' }],
  where: 'Quầy số 2, Trung tâm Phục vụ hành chính công phường',
  qrUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pty = await createPtyPair();
const out = await mkdtemp(join(tmpdir(), 'bench-print-'));
const printerEnd = new SerialLink({ path: pty.b, baudRate: 115200 });
const virtual = new VirtualPrinter(printerEnd, 'ready');
await virtual.open();
let received = 0;
let firstAt = 0;
let lastAt = 0;
printerEnd.onData((chunk) => {
  const before = received;
  received += chunk.length;
  if (before <= STATUS_QUERY_BYTES && received > STATUS_QUERY_BYTES) firstAt = performance.now();
  lastAt = performance.now();
});
const device = new PrinterDevice(
  { type: 'escpos', link: 'serial', path: pty.a, baudRate: 115200, paperWidthMm: 80, mode: 'raster' },
  { frame: { wardName: 'Phường Minh Họa', supportLines: ['Tổng đài Dịch vụ công: 1800 1096'] }, pollMs: 3_600_000 },
);
await device.start();

const first: number[] = [];
const last: number[] = [];
let bytes = 0;
for (let run = -1; run < RUNS; run++) {
  received = 0;
  const tap = performance.now();
  const outcome = await device.printSlip(slip);
  if (!outcome.printed) throw new Error(`not printed: ${outcome.fault}`);
  bytes = outcome.bytes;
  while (received < bytes + STATUS_QUERY_BYTES) await new Promise((r) => setTimeout(r, 1));
  if (run >= 0) {
    first.push(Math.round((firstAt - tap) * 10) / 10);
    last.push(Math.round((lastAt - tap) * 10) / 10);
  }
}
await device.stop();
await virtual.close();
await pty.close();
await rm(out, { recursive: true, force: true });

const firstByteMs = median(first);
console.log(JSON.stringify({
  case: 'slip-80mm-12-papers',
  firstByteMs,
  lastByteMs: median(last),
  runsFirstByteMs: first,
  runsLastByteMs: last,
  bytes,
  uartSecondsAt115200: Math.round(((bytes * 10) / 115200) * 100) / 100,
  targetFirstByteMs: TARGET_FIRST_BYTE_MS,
  met: firstByteMs < TARGET_FIRST_BYTE_MS,
  load: loadavg()[0],
}));
if (firstByteMs >= TARGET_FIRST_BYTE_MS) process.exitCode = 1;
