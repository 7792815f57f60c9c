import { SerialPortMock } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { DriverFailure } from '../result';
import { SerialLink, type SerialPortLike } from './serial-link';

const PATH = '/dev/ttyMOCK-PN532';

function mockLink() {
  SerialPortMock.binding.createPort(PATH, { record: true });
  let port: SerialPortMock | undefined;
  const link = new SerialLink({
    path: PATH,
    baudRate: 115200,
    createPort: (o) => {
      port = new SerialPortMock(o);
      return port as unknown as SerialPortLike;
    },
  });
  return { link, port: () => port! };
}

const nextTurn = () => new Promise((r) => setImmediate(r));

describe('SerialLink (serialport mock binding)', () => {
  afterEach(() => {
    SerialPortMock.binding.reset();
  });

  it('opens, writes and receives', async () => {
    const { link, port } = mockLink();
    expect(link.isOpen).toBe(false);
    await link.open();
    expect(link.isOpen).toBe(true);
    expect(link.name).toBe(PATH);
    const got: number[] = [];
    link.onData((c) => got.push(...c));
    await link.write(Uint8Array.of(0x00, 0x00, 0xff));
    await nextTurn();
    expect(Array.from(port().port!.recording)).toEqual([0x00, 0x00, 0xff]);
    port().port!.emitData(Buffer.from([0x01, 0x02]));
    await nextTurn();
    expect(got).toEqual([0x01, 0x02]);
    await link.close();
    expect(link.isOpen).toBe(false);
  });

  it('changes the port speed for the fast link (update on the binding), drains, and reopens at the last speed', async () => {
    const { link, port } = mockLink();
    await link.open();
    await link.write(Uint8Array.of(0x00, 0x00, 0xff, 0x00, 0xff, 0x00));
    await link.drain();
    await link.setBaudRate(921600);
    expect(link.baudRate).toBe(921600);
    expect(port().baudRate).toBe(921600);
    await link.close();
    await link.open();
    expect(port().baudRate).toBe(921600);
    await link.close();
    await expect(link.setBaudRate(115200)).rejects.toMatchObject({ error: { code: 'link.closed' } });
  });

  it('reports a missing device as link.open', async () => {
    const link = new SerialLink({ path: '/dev/none', baudRate: 115200, createPort: (o) => new SerialPortMock(o) as unknown as SerialPortLike });
    await expect(link.open()).rejects.toMatchObject({ error: { code: 'link.open' } });
  });

  it('refuses writes when closed', async () => {
    const { link } = mockLink();
    await expect(link.write(Uint8Array.of(1))).rejects.toBeInstanceOf(DriverFailure);
  });

  it('calls onClose without an error for close() and with one when unplugged', async () => {
    const { link, port } = mockLink();
    await link.open();
    const events: Array<Error | undefined> = [];
    link.onClose((e) => events.push(e));
    await link.close();
    expect(events).toEqual([undefined]);
    await link.open();
    port()._disconnected(new Error('device reports readiness to read but returned no data'));
    await nextTurn();
    await nextTurn();
    expect(events).toHaveLength(2);
    expect(events[1]).toBeInstanceOf(Error);
  });

  it('changes the baud rate of an open port', async () => {
    const { link, port } = mockLink();
    await link.open();
    await link.setBaudRate(230400);
    expect(port().baudRate).toBe(230400);
  });
});
