import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256, sha256InJavaScript } from '../../src/verify/sha256.js';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sha256InJavaScript(bytes)', () => {
  it('sha256InJavaScript(bytes) gives the FIPS 180-4 test vectors, the empty input included', () => {
    expect(sha256InJavaScript(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256InJavaScript(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256InJavaScript(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('sha256InJavaScript(bytes) hashes as node:crypto does, at every length around a block and for any bytes', () => {
    for (let length = 50; length <= 130; length++)
      expect(sha256InJavaScript(new Uint8Array(length).fill(0xa0))).toBe(nodeSha256(new Uint8Array(length).fill(0xa0)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256InJavaScript(bytes) === nodeSha256(bytes)));
  });
});

describe('sha256(data)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sha256(data) hashes bytes as they are and a text as its UTF-8 bytes, through node:crypto where the runtime has it, else in JavaScript', () => {
    const getBuiltinModule = vi.spyOn(process, 'getBuiltinModule');
    expect(sha256(Uint8Array.from([0x78, 0xff]))).toBe(nodeSha256(Uint8Array.from([0x78, 0xff])));
    expect(getBuiltinModule).toHaveBeenCalledWith('node:crypto');
    getBuiltinModule.mockRestore();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256(text) === nodeSha256(utf8(text))));
    // A runtime without node:crypto (a browser, Node before 20.16): the same hashes, in JavaScript.
    vi.stubGlobal('process', undefined);
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256(Uint8Array.from([0x78, 0xff]))).toBe(nodeSha256(Uint8Array.from([0x78, 0xff])));
  });
});
