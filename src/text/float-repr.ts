// repr() of a Python float: the shortest string that round-trips (as CPython's 'r' format),
// fixed notation when the decimal exponent is in [-4, 16), otherwise scientific with a signed
// exponent of at least two digits: 0.1, 1e+16, 1e-05, 1.5, inf, nan, -0.0.

/** Shortest round-trip digits and decimal-point position of a finite, non-zero |x|. */
function shortestDigits(ax: number): { digits: string; decpt: number } {
  // toExponential() with no argument gives as many digits as needed to be unique.
  const s = ax.toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  const exp = parseInt(s.slice(e + 1), 10);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, decpt: exp + 1 };
}

/**
 * Format with CPython's repr rules. `addDotZero` is true for float repr (`1.0`) and false for
 * the parts of a complex repr (`1j`, `(1+2j)`).
 */
export function floatRepr(x: number, addDotZero = true): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) {
    const z = 1 / x < 0 ? '-0' : '0';
    return addDotZero ? z + '.0' : z;
  }
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // Fixed notation in both languages here (JS: 1e-7 <= |x| < 1e21), with the same shortest
    // round-trip digits: JS's ToString, plus '.0' for an integral value.
    const t = String(x);
    return addDotZero && t.indexOf('.') < 0 ? t + '.0' : t;
  }
  const sign = x < 0 ? '-' : '';
  const { digits, decpt } = shortestDigits(ax);
  const n = digits.length;
  if (decpt > -4 && decpt <= 16) {
    let body: string;
    if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= n) body = digits + '0'.repeat(decpt - n) + (addDotZero ? '.0' : '');
    else body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
    return sign + body;
  }
  const exp = decpt - 1;
  const mant = n > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const es = Math.abs(exp) < 10 ? '0' + Math.abs(exp) : String(Math.abs(exp));
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + es;
}

/** repr() of a complex number: `1j`, `(1+2j)`, `(-0-1j)`, `infj`, `(nan+nanj)`. */
export function complexRepr(real: number, imag: number): string {
  const im = floatRepr(imag, false);
  if (real === 0 && 1 / real > 0) return im + 'j';
  const re = floatRepr(real, false);
  return '(' + re + (im.startsWith('-') ? '' : '+') + im + 'j)';
}
