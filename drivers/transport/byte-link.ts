/**
 * A byte link: the smallest interface under every protocol (PN532 HSU, serial QR scanners).
 * Modelled on node-serialport's binding interface: opening and closing are explicit, data arrives
 * as chunks in order, and `close()` ends every pending read.
 */
export interface ByteLink {
  /** Human-readable name for device status and logs (a path such as /dev/ttyUSB0, or "sim:pn532"). */
  readonly name: string;
  readonly isOpen: boolean;
  open(): Promise<void>;
  /** Resolves when the bytes were handed to the OS (serial) or the peer (memory). */
  write(bytes: Uint8Array): Promise<void>;
  /** Subscribe to incoming chunks; returns an unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /** Called once when the link closes, with an error when it closed unexpectedly (device unplugged). */
  onClose(listener: (error?: Error) => void): () => void;
  close(): Promise<void>;
}
