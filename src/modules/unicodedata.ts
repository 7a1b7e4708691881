// The `unicodedata` module (CPython 3.11's Modules/unicodedata.c, Unicode 14.0): character
// properties, names, and normalization, with the C module's argument checks and messages.
//
// The properties come from src/modules/unicodedata.txt (tools/gen-unicodedata.py, format
// described there), read the first time a function needs one, so importing the module is
// cheap. Names are grammar/unicode-names.ts's (the table the "\N{...}" escape uses);
// normalization is the JS engine's String.prototype.normalize. Not provided: the named
// sequences lookup() also accepts, and ucd_3_2_0 / the UCD type.

import { readFileSync } from 'node:fs';
import type { PyObject } from '../objects/object.js';
import { E, newError } from '../objects/exception.js';
import { typeName } from '../objects/protocol.js';
import { nativeFunction, checkPositional, typeErr, type NativeCall } from '../objects/native.js';
import { newFloat } from '../objects/float.js';
import { strValue, cpLength } from '../objects/str.js';
import { bytesLikeData } from '../objects/bytes.js';
import { latin1String } from '../objects/str-codecs.js';
import { PyModule } from '../runtime/module.js';
import { packagePath } from '../paths.js';
import { NEW_RANGES } from '../objects/str-unicode-data.js';
import { lookupUnicodeName, unicodeNameOf } from '../../grammar/unicode-names.js';

/** A property given by runs: the run i covers [starts[i], starts[i+1]) with values[i]. */
interface Runs<V> {
  starts: Int32Array;
  values: V[];
}

interface Tables {
  category: Runs<string>;
  bidirectional: Runs<string>;
  combining: Runs<number>;
  eastAsianWidth: Runs<string>;
  mirrored: Runs<number>;
  decomposition: Map<number, string>;
  /** code point -> [decimal, digit, numeric]; -1 for no decimal / digit. */
  numeric: Map<number, [number, number, number]>;
}

let tables: Tables | null = null;

function sectionLines(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.charCodeAt(0) === 35 /* # */) continue;
    if (line.charCodeAt(0) === 64 /* @ */) {
      cur = [];
      out.set(line.slice(1), cur);
    } else cur!.push(line);
  }
  return out;
}

function parseRuns<V>(lines: string[], conv: (s: string) => V): Runs<V> {
  const starts = new Int32Array(lines.length);
  const values: V[] = new Array(lines.length);
  let cp = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const sp = line.indexOf(' ');
    cp += parseInt(line.slice(0, sp), 16);
    starts[i] = cp;
    const v = line.slice(sp + 1);
    values[i] = conv(v === '-' ? '' : v);
  }
  return { starts, values };
}

function load(): Tables {
  const sections = sectionLines(readFileSync(packagePath('src', 'modules', 'unicodedata.txt'), 'utf8'));
  const ident = (s: string): string => s;
  const decomposition = new Map<number, string>();
  let cp = -1;
  for (const line of sections.get('decomposition')!) {
    const sp = line.indexOf(' ');
    cp += parseInt(line.slice(0, sp), 16);
    decomposition.set(cp, line.slice(sp + 1));
  }
  const numeric = new Map<number, [number, number, number]>();
  cp = -1;
  for (const line of sections.get('numeric')!) {
    const [delta, dec, dig, num] = line.split(' ');
    cp += parseInt(delta, 16);
    numeric.set(cp, [dec === '-' ? -1 : Number(dec), dig === '-' ? -1 : Number(dig), Number(num)]);
  }
  return {
    category: parseRuns(sections.get('category')!, ident),
    bidirectional: parseRuns(sections.get('bidirectional')!, ident),
    combining: parseRuns(sections.get('combining')!, Number),
    eastAsianWidth: parseRuns(sections.get('east_asian_width')!, ident),
    mirrored: parseRuns(sections.get('mirrored')!, Number),
    decomposition,
    numeric,
  };
}

function data(): Tables {
  if (tables === null) tables = load();
  return tables;
}

function runValue<V>(r: Runs<V>, cp: number): V {
  const s = r.starts;
  let lo = 0;
  let hi = s.length - 1;
  // The last run whose start is <= cp (the first run starts at 0).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return r.values[lo];
}

/** The code point of a one-character str argument, with the C module's TypeError otherwise. */
function charArg(fname: string, v: PyObject, argPrefix: string): number {
  const s = strValue(v);
  if (s === undefined || cpLength(s) !== 1) {
    typeErr(`${fname}() ${argPrefix}must be a unicode character, not ${typeName(v)}`);
  }
  return s.codePointAt(0)!;
}

/** A METH_O function of one character. */
function oneChar(fname: string, fn: (cp: number) => PyObject): NativeCall {
  return (args, kwnames) => {
    checkPositional(`unicodedata.${fname}`, args, kwnames, 1, 1);
    return fn(charArg(fname, args[0], 'argument '));
  };
}

/** A function of (chr, default=<none>, /): `get` gives undefined where the default applies. */
function withDefault(fname: string, missing: string, get: (cp: number) => PyObject | undefined): NativeCall {
  return (args, kwnames) => {
    checkPositional(fname, args, kwnames, 1, 2);
    const v = get(charArg(fname, args[0], 'argument 1 '));
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw newError(E.ValueError, missing);
  };
}

const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'];

/** The characters the JS engine knows but Unicode 14 had unassigned (made at first use). */
let newChars: RegExp | null = null;

/**
 * `s` in normalization form `form` by Unicode 14's rules: the engine's normalize, except that
 * characters unassigned in Unicode 14 stay as they are (such a character is a starter that
 * combines with nothing there, so the text between them normalizes on its own).
 */
function normalize14(s: string, form: string): string {
  if (newChars === null) {
    let cls = '';
    for (let i = 0; i < NEW_RANGES.length; i += 2) cls += `\\u{${NEW_RANGES[i].toString(16)}}-\\u{${NEW_RANGES[i + 1].toString(16)}}`;
    newChars = new RegExp(`([${cls}])`, 'u');
  }
  if (!newChars.test(s)) return s.normalize(form);
  const parts = s.split(newChars);
  for (let i = 0; i < parts.length; i += 2) parts[i] = parts[i].normalize(form);
  return parts.join('');
}

function formArgs(fname: string, args: PyObject[], kwnames: string[] | null): [string, string] {
  checkPositional(fname, args, kwnames, 2, 2);
  const form = strValue(args[0]);
  if (form === undefined) typeErr(`${fname}() argument 1 must be str, not ${typeName(args[0])}`);
  const s = strValue(args[1]);
  if (s === undefined) typeErr(`${fname}() argument 2 must be str, not ${typeName(args[1])}`);
  if (!FORMS.includes(form)) throw newError(E.ValueError, 'invalid normalization form');
  return [form, s];
}

/** CPython's NAME_MAXLEN: longer names are refused before being looked up. */
const NAME_MAXLEN = 256;

export function makeUnicodedataModule(): PyModule {
  const mod = new PyModule('unicodedata');
  const d = mod.dict;
  d.setStr('__doc__', 'This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.');
  d.setStr('unidata_version', '14.0.0');
  const fns: [string, NativeCall][] = [
    ['category', oneChar('category', (cp) => runValue(data().category, cp))],
    ['bidirectional', oneChar('bidirectional', (cp) => runValue(data().bidirectional, cp))],
    ['combining', oneChar('combining', (cp) => runValue(data().combining, cp))],
    ['east_asian_width', oneChar('east_asian_width', (cp) => runValue(data().eastAsianWidth, cp))],
    ['mirrored', oneChar('mirrored', (cp) => runValue(data().mirrored, cp))],
    ['decomposition', oneChar('decomposition', (cp) => data().decomposition.get(cp) ?? '')],
    ['decimal', withDefault('decimal', 'not a decimal', (cp) => {
      const n = data().numeric.get(cp);
      return n === undefined || n[0] < 0 ? undefined : n[0];
    })],
    ['digit', withDefault('digit', 'not a digit', (cp) => {
      const n = data().numeric.get(cp);
      return n === undefined || n[1] < 0 ? undefined : n[1];
    })],
    ['numeric', withDefault('numeric', 'not a numeric character', (cp) => {
      const n = data().numeric.get(cp);
      return n === undefined ? undefined : newFloat(n[2]);
    })],
    ['name', withDefault('name', 'no such name', (cp) => unicodeNameOf(cp) ?? undefined)],
    ['lookup', (args, kwnames) => {
      checkPositional('unicodedata.lookup', args, kwnames, 1, 1);
      const v = args[0];
      let name = strValue(v);
      if (name === undefined) {
        const b = bytesLikeData(v);
        if (b === undefined) typeErr(`a bytes-like object is required, not '${typeName(v)}'`);
        name = latin1String(b);
      }
      if (name.length > NAME_MAXLEN) throw newError(E.KeyError, 'name too long');
      const cp = lookupUnicodeName(name);
      if (cp < 0) throw newError(E.KeyError, `undefined character name '${name}'`);
      return String.fromCodePoint(cp);
    }],
    ['normalize', (args, kwnames) => {
      const [form, s] = formArgs('normalize', args, kwnames);
      const r = /^[\x00-\x7f]*$/.test(s) ? s : normalize14(s, form);
      return r === s ? args[1] : r;
    }],
    ['is_normalized', (args, kwnames) => {
      const [form, s] = formArgs('is_normalized', args, kwnames);
      return /^[\x00-\x7f]*$/.test(s) || normalize14(s, form) === s;
    }],
  ];
  for (const [name, fn] of fns) d.setStr(name, nativeFunction(name, fn));
  return mod;
}
