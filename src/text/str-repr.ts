// repr() of Python str and bytes: CPython's quote choice and escapes. A character is kept as
// is when Python considers it printable (str.isprintable: not in categories Cc, Cf, Cs, Co,
// Cn, Zl, Zp, Zs — except the ASCII space).

import { isPrintableStr } from '../objects/str-unicode.js';

const NEEDS_WORK = /[\\'"\x00-\x1f\x7f-\uffff]/;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function isPrintableCodePoint(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp > 0x20;
  // Python 3.11's own Unicode 14 tables (JS's \p{...} follow a newer Unicode).
  return isPrintableStr(String.fromCodePoint(cp));
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (!NEEDS_WORK.test(s)) return quote + s + quote;
  return quote + escaped(s, quote) + quote;
}

/** The body of s's repr between the quotes (a loop kernel: docs/native-loops.md). */
function escaped(s: string, quote: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp === 0x5c) out += '\\\\';
    else if (cp === quote.charCodeAt(0)) out += '\\' + quote;
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out;
}

export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = prefix + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x5c) out += '\\\\';
    else if (c === q) out += '\\' + quote;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
