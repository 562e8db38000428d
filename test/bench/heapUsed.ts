import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The heap in use, in bytes, after a full garbage collection: what the
 * objects alive at the call hold. V8's `gc` is exposed to this process as
 * `node --expose-gc` would expose it, so that a benchmark reports the same
 * figures however it is run.
 */
export function heapUsed(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** Bytes per million of `count` things, in MiB: how a benchmark reports memory, whatever size it ran at. */
export function mibPerMillion(bytes: number, count: number): string {
  return `${((bytes / 2 ** 20) * (1_000_000 / count)).toFixed(0)} MiB`;
}
