const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Compares two semantic versions of the form `major.minor.patch` by their
 * numbers, part by part (`1.10.0` is after `1.9.0`). Pre-release and build
 * suffixes are not accepted: this package publishes none.
 *
 * @param a - a version such as `1.0.1`.
 * @param b - another.
 * @returns A negative number if `a` comes before `b`, 0 if they are equal, a
 * positive number if `a` comes after `b`.
 * @throws {RangeError} if a version is not three whole numbers joined by dots,
 * without leading zeros.
 * @example
 * ```ts
 * compareVersions('1.10.0', '1.9.0') > 0; // true
 * compareVersions('0.1.0', '0.1.0'); // 0
 * compareVersions('1.0', '1.0.0'); // throws RangeError: compareVersions: expected a version such as "1.0.1", received "1.0"
 * ```
 * @category Release
 */
export function compareVersions(a: string, b: string): number {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/**
 * The three numbers of a semantic version.
 *
 * @param version - a version such as `1.0.1`.
 * @param caller - the function to name in the error message.
 * @returns `[major, minor, patch]`.
 * @throws {RangeError} as {@link compareVersions}.
 * @example
 * ```ts
 * versionParts('1.10.0'); // [1, 10, 0]
 * ```
 * @category Release
 */
export function versionParts(version: string, caller = 'compareVersions'): [number, number, number] {
  const match = VERSION.exec(version);
  if (!match) throw new RangeError(`${caller}: expected a version such as "1.0.1", received ${JSON.stringify(version)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Whether a string is a version `compareVersions` accepts: three whole
 * numbers joined by dots, without leading zeros.
 *
 * @example
 * ```ts
 * isVersion('1.0.1'); // true
 * isVersion('v1.0.1'); // false
 * ```
 * @category Release
 */
export function isVersion(version: string): boolean {
  return VERSION.test(version);
}
