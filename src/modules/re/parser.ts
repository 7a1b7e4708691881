// The regular-expression parser: pattern text to a syntax tree (nodes.ts), with CPython 3.11's
// rules and error messages (Lib/re/_parser.py is the behaviour reference: the tokenizer reads
// one character or one backslash pair at a time, error positions are `tell() - offset`).
// Patterns are read by code point; a bytes pattern arrives decoded as latin-1 (`text` false).

import { lookupUnicodeName } from '../../../grammar/unicode-names.js';
import { E, newError } from '../../objects/exception.js';
import { isIdentifierStr } from '../../objects/str-unicode.js';
import {
  type Node, type SetItem, type CaseMode, type Parsed, Cat, At, RepMode, ReSyntaxError, MAXREPEAT,
  FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_ASCII,
  FLAG_TEMPLATE, FLAG_DEBUG,
} from './nodes.js';
import { groupWidth, nodeWidth, type Width } from './width.js';

const FLAG_CHARS: Record<string, number> = {
  i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL, x: FLAG_VERBOSE,
  a: FLAG_ASCII, t: FLAG_TEMPLATE, u: FLAG_UNICODE,
};
const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;
const MAXGROUPS = 1073741823;

const SIMPLE_ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92,
};
const CATS: Record<string, Cat> = {
  '\\d': Cat.Digit, '\\D': Cat.NotDigit, '\\s': Cat.Space, '\\S': Cat.NotSpace, '\\w': Cat.Word, '\\W': Cat.NotWord,
};
const isDigitCh = (c: string | null): boolean => c !== null && c.length === 1 && c >= '0' && c <= '9';
const isOctCh = (c: string | null): boolean => c !== null && c.length === 1 && c >= '0' && c <= '7';
const isHexCh = (c: string | null): boolean => c !== null && c.length === 1 && /[0-9a-fA-F]/.test(c);
const isAsciiLetter = (c: string): boolean => /^[a-zA-Z]$/.test(c);
const WHITESPACE = ' \t\n\r\v\f';

/** Reads the pattern one character (or backslash pair) at a time, like sre's Tokenizer. */
export class Tokenizer {
  readonly chars: string[];
  index = 0;
  next: string | null = null;
  constructor(pattern: string, readonly text: boolean) {
    this.chars = Array.from(pattern);
    this.advance();
  }
  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index];
    if (ch === '\\') {
      index++;
      if (index >= this.chars.length) throw new ReSyntaxError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[index];
    }
    this.index = index + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, test: (c: string | null) => boolean): string {
    let out = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (!test(c)) break;
      out += c;
      this.advance();
    }
    return out;
  }
  getuntil(terminator: string, name: string): string {
    let out = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (out === '') throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, cpLen(out));
      }
      if (c === terminator) {
        if (out === '') throw this.error('missing ' + name, 1);
        break;
      }
      out += c;
    }
    return out;
  }
  tell(): number {
    const t = this.next;
    return this.index - (t === null ? 0 : t.length > 1 && t[0] === '\\' ? 2 : 1);
  }
  seek(index: number): void {
    this.index = index;
    this.advance();
  }
  error(msg: string, offset = 0): ReSyntaxError {
    if (!this.text) msg = asciiBackslash(msg);
    return new ReSyntaxError(msg, this.tell() - offset);
  }
  checkGroupName(name: string, offset: number): void {
    if (!isIdentifierStr(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, cpLen(name) + offset);
  }
}

export function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function asciiBackslash(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 128 ? ch : c < 256 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** Python's repr of a str (enough for group names in messages). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** Parser state (CPython's State): groups, names, widths of closed groups, look-behind bookkeeping. */
class State {
  flags: number;
  groupNames = new Map<string, number>();
  /** Width of each closed group ([min, max]); null while open. Index 0 is the whole match. */
  groupWidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  grouprefPos = new Map<number, number>();
  constructor(flags: number) {
    this.flags = flags;
  }
  get groups(): number {
    return this.groupWidths.length;
  }
  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReSyntaxError('too many groups', -1);
    if (name !== null) {
      const old = this.groupNames.get(name);
      if (old !== undefined) throw new ReSyntaxError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${old}`, -1);
      this.groupNames.set(name, gid);
    }
    return gid;
  }
  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }
  checkLookbehindGroup(gid: number, src: Tokenizer): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(gid)) throw src.error('cannot refer to an open group');
      if (gid >= this.lookbehindGroups) throw src.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

/** Parses `pattern` (a str, or a bytes pattern decoded as latin-1 when `text` is false). */
export function parse(pattern: string, flags: number, text: boolean): Parsed {
  const src = new Tokenizer(pattern, text);
  const state = new State(flags);
  const root = parseSub(src, state, (flags & FLAG_VERBOSE) !== 0, 0, 0, 0);
  state.flags = fixFlags(state.flags, text);
  if (src.next !== null) throw src.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefPos) {
    if (g >= state.groups) throw new ReSyntaxError(`invalid group reference ${g}`, pos);
  }
  checkLookbehinds(root, state.groupWidths);
  return { root: resolveModes(root, state.flags), groups: state.groups, groupNames: state.groupNames, flags: state.flags, groupWidths: state.groupWidths };
}

/** CPython's compiler rejects look-behind bodies of variable width (an error without a position). */
function checkLookbehinds(n: Node, widths: readonly (Width | null)[]): void {
  switch (n.k) {
    case 'look':
      if (n.behind) {
        const [lo, hi] = nodeWidth(n.body, widths);
        if (lo !== hi) throw new ReSyntaxError('look-behind requires fixed-width pattern', -1);
      }
      checkLookbehinds(n.body, widths);
      break;
    case 'cat': case 'alt': for (const x of n.items) checkLookbehinds(x, widths); break;
    case 'group': case 'rep': case 'atomic': checkLookbehinds(n.body, widths); break;
    case 'cond': checkLookbehinds(n.yes, widths); if (n.no) checkLookbehinds(n.no, widths); break;
    default: break;
  }
}

export function fixFlags(flags: number, text: boolean): number {
  if (text) {
    if (flags & FLAG_LOCALE) throw newError(E.ValueError, 'cannot use LOCALE flag with a str pattern');
    if (!(flags & FLAG_ASCII)) flags |= FLAG_UNICODE;
    else if (flags & FLAG_UNICODE) throw newError(E.ValueError, 'ASCII and UNICODE flags are incompatible');
  } else {
    if (flags & FLAG_UNICODE) throw newError(E.ValueError, 'cannot use UNICODE flag with a bytes pattern');
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) throw newError(E.ValueError, 'ASCII and LOCALE flags are incompatible');
  }
  return flags;
}

// Nodes carry the scoped flags as added/removed bits until the global flags are final (the
// global (?x) style flags may only come first, but CPython also honours flags passed to
// compile); resolveModes then fixes each node's mode. During parsing, `m` holds a pending
// {add, del} pair encoded in a CaseMode-shaped record.
interface Scoped { add: number; del: number }
const pendingModes = new WeakMap<object, Scoped>();

function mode(add: number, del: number): CaseMode {
  const m: CaseMode = { i: false, a: false };
  pendingModes.set(m, { add, del });
  return m;
}

function resolveModes(n: Node, global: number): Node {
  const fix = (m: CaseMode): number => {
    const s = pendingModes.get(m)!;
    const f = (global | s.add) & ~s.del;
    m.i = (f & FLAG_IGNORECASE) !== 0;
    m.a = (f & (FLAG_ASCII | FLAG_LOCALE)) !== 0 || (f & FLAG_UNICODE) === 0;
    return f;
  };
  const walk = (x: Node): void => {
    switch (x.k) {
      case 'lit': case 'set': case 'ref': fix(x.m); break;
      case 'any': {
        const s = pendingModes.get(x)!;
        x.dotall = (((global | s.add) & ~s.del) & FLAG_DOTALL) !== 0;
        break;
      }
      case 'at': {
        const s = pendingModes.get(x)!;
        const f = (global | s.add) & ~s.del;
        const multi = (f & FLAG_MULTILINE) !== 0;
        if (x.at === At.Beginning && multi) x.at = At.BeginningLine;
        else if (x.at === At.End && multi) x.at = At.EndLine;
        x.ascii = (f & (FLAG_ASCII | FLAG_LOCALE)) !== 0 || (f & FLAG_UNICODE) === 0;
        break;
      }
      case 'cat': case 'alt': for (const y of x.items) walk(y); break;
      case 'group': case 'rep': case 'look': case 'atomic': walk(x.body); break;
      case 'cond': walk(x.yes); if (x.no) walk(x.no); break;
    }
  };
  walk(n);
  return n;
}

function parseSub(src: Tokenizer, state: State, verbose: boolean, nested: number, add: number, del: number): Node {
  const items: Node[] = [];
  for (;;) {
    items.push(parseSeq(src, state, verbose, nested + 1, nested === 0 && items.length === 0, add, del));
    if (!src.match('|')) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  return items.length === 1 ? items[0] : { k: 'alt', items };
}

function seqItems(n: Node): Node[] {
  return n.k === 'cat' ? n.items : [n];
}

function parseSeq(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean, add: number, del: number): Node {
  const items: Node[] = [];
  // Whether items[i] is a non-capturing group without flags (CPython unpacks those after the loop,
  // so a quantifier on it is not a "multiple repeat").
  for (;;) {
    const tok = src.next;
    if (tok === null || tok === '|' || tok === ')') break;
    src.get();
    if (verbose) {
      if (WHITESPACE.includes(tok)) continue;
      if (tok === '#') {
        for (;;) {
          const t = src.get();
          if (t === null || t === '\n') break;
        }
        continue;
      }
    }
    if (tok[0] === '\\' && tok.length > 1) {
      items.push(parseEscape(src, tok, state, add, del));
    } else if (tok === '[') {
      items.push(parseClass(src, add, del));
    } else if (tok === '*' || tok === '+' || tok === '?' || tok === '{') {
      const here = src.tell();
      let min: number;
      let max: number;
      if (tok === '?') [min, max] = [0, 1];
      else if (tok === '*') [min, max] = [0, MAXREPEAT];
      else if (tok === '+') [min, max] = [1, MAXREPEAT];
      else {
        if (src.next === '}') {
          items.push({ k: 'lit', c: 0x7b, m: mode(add, del) });
          continue;
        }
        min = 0;
        max = MAXREPEAT;
        let lo = '';
        let hi = '';
        while (isDigitCh(src.next)) lo += src.get();
        if (src.match(',')) {
          while (isDigitCh(src.next)) hi += src.get();
        } else hi = lo;
        if (!src.match('}')) {
          items.push({ k: 'lit', c: 0x7b, m: mode(add, del) });
          src.seek(here);
          continue;
        }
        if (lo !== '') {
          min = Number(lo);
          if (min >= MAXREPEAT) throw newError(E.OverflowError, 'the repetition number is too large');
        }
        if (hi !== '') {
          max = Number(hi);
          if (max >= MAXREPEAT) throw newError(E.OverflowError, 'the repetition number is too large');
          if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
        }
      }
      const last = items.length > 0 ? items[items.length - 1] : null;
      if (last === null || last.k === 'at') throw src.error('nothing to repeat', src.tell() - here + 1);
      if (last.k === 'rep') throw src.error('multiple repeat', src.tell() - here + 1);
      let m = RepMode.Greedy;
      if (src.match('?')) m = RepMode.Lazy;
      else if (src.match('+')) m = RepMode.Possessive;
      items[items.length - 1] = { k: 'rep', min, max: max === MAXREPEAT ? -1 : max, mode: m, body: last };
    } else if (tok === '.') {
      const n: Node = { k: 'any', dotall: false };
      pendingModes.set(n, { add, del });
      items.push(n);
    } else if (tok === '(') {
      const r = parseGroup(src, state, verbose, nested, first && items.length === 0, add, del);
      if (r === 'flags') {
        verbose = (state.flags & FLAG_VERBOSE) !== 0;
        continue;
      }
      if (r !== null) items.push(r);
    } else if (tok === '^') {
      const n: Node = { k: 'at', at: At.Beginning, ascii: false };
      pendingModes.set(n, { add, del });
      items.push(n);
    } else if (tok === '$') {
      const n: Node = { k: 'at', at: At.End, ascii: false };
      pendingModes.set(n, { add, del });
      items.push(n);
    } else {
      items.push({ k: 'lit', c: tok.codePointAt(0)!, m: mode(add, del) });
    }
  }
  // Flatten the wrappers of non-capturing groups.
  const out: Node[] = [];
  for (const it of items) {
    if (it.k === 'cat') out.push(...it.items);
    else out.push(it);
  }
  return out.length === 1 ? out[0] : { k: 'cat', items: out };
}

/** A group construct after '(' was read: a node, null (comment), or 'flags' (global flags). */
function parseGroup(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean, add: number, del: number): Node | null | 'flags' {
  const start = src.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let gAdd = 0;
  let gDel = 0;
  if (src.match('?')) {
    const ch = src.get();
    if (ch === null) throw src.error('unexpected end of pattern');
    if (ch === 'P') {
      if (src.match('<')) {
        name = src.getuntil('>', 'group name');
        src.checkGroupName(name, 1);
      } else if (src.match('=')) {
        const ref = src.getuntil(')', 'group name');
        src.checkGroupName(ref, 1);
        const gid = state.groupNames.get(ref);
        if (gid === undefined) throw src.error(`unknown group name ${pyRepr(ref)}`, cpLen(ref) + 1);
        if (!state.checkGroup(gid)) throw src.error('cannot refer to an open group', cpLen(ref) + 1);
        state.checkLookbehindGroup(gid, src);
        return { k: 'ref', g: gid, m: mode(add, del) };
      } else {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        throw src.error('unknown extension ?P' + c2, c2.length + 2);
      }
    } else if (ch === ':') {
      capture = false;
    } else if (ch === '#') {
      for (;;) {
        if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
        if (src.get() === ')') break;
      }
      return null;
    } else if (ch === '=' || ch === '!' || ch === '<') {
      let kind = ch;
      let behind = false;
      let savedLb: number | null = null;
      if (kind === '<') {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        if (c2 !== '=' && c2 !== '!') throw src.error('unknown extension ?<' + c2, c2.length + 2);
        kind = c2;
        behind = true;
        savedLb = state.lookbehindGroups;
        if (savedLb === null) state.lookbehindGroups = state.groups;
      }
      const body = parseSub(src, state, verbose, nested + 1, add, del);
      if (behind && savedLb === null) state.lookbehindGroups = null;
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      return { k: 'look', behind, neg: kind === '!', body };
    } else if (ch === '(') {
      const cond = src.getuntil(')', 'group name');
      let g: number;
      if (isIdentifierStr(cond)) {
        const gid = state.groupNames.get(cond);
        if (gid === undefined) throw src.error(`unknown group name ${pyRepr(cond)}`, cpLen(cond) + 1);
        g = gid;
      } else {
        if (!/^[0-9]+$/.test(cond)) throw src.error(`bad character in group name ${pyRepr(cond)}`, cpLen(cond) + 1);
        g = Number(cond);
        if (g === 0) throw src.error('bad group number', cpLen(cond) + 1);
        if (g >= MAXGROUPS) throw src.error(`invalid group reference ${g}`, cpLen(cond) + 1);
        if (!state.grouprefPos.has(g)) state.grouprefPos.set(g, src.tell() - cpLen(cond) - 1);
      }
      state.checkLookbehindGroup(g, src);
      const yes = parseSeq(src, state, verbose, nested + 1, false, add, del);
      let no: Node | null = null;
      if (src.match('|')) {
        no = parseSeq(src, state, verbose, nested + 1, false, add, del);
        if (src.next === '|') throw src.error('conditional backref with more than two branches');
      }
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      return { k: 'cond', g, yes, no };
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (ch in FLAG_CHARS || ch === '-') {
      const f = parseFlags(src, state, ch);
      if (f === null) {
        if (!first) throw src.error('global flags not at the start of the expression', src.tell() - start);
        return 'flags';
      }
      [gAdd, gDel] = f;
      capture = false;
    } else {
      throw src.error('unknown extension ?' + ch, ch.length + 1);
    }
  }
  let group = -1;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (e) {
      if (e instanceof ReSyntaxError) throw src.error(e.msg, cpLen(name ?? '') + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (gAdd & FLAG_VERBOSE) !== 0) && (gDel & FLAG_VERBOSE) === 0;
  // A scope turning on a type flag (a, u, L) turns the others off (CPython's _combine_flags).
  let inAdd = add;
  let inDel = del;
  if (gAdd & TYPE_FLAGS) {
    inAdd &= ~TYPE_FLAGS;
    inDel |= TYPE_FLAGS;
  }
  const body = parseSub(src, state, subVerbose, nested + 1, (inAdd | gAdd) & ~gDel, (inDel | gDel) & ~gAdd);
  if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
  if (group >= 0) {
    state.groupWidths[group] = groupWidth(body, state.groupWidths);
    return { k: 'group', g: group, body };
  }
  if (atomic) return { k: 'atomic', body };
  // A non-capturing group: a 'cat' wrapper, flattened by the enclosing sequence.
  return { k: 'cat', items: [body] };
}

function parseFlags(src: Tokenizer, state: State, ch: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let c: string | null = ch;
  if (c !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[c!];
      if (src.text) {
        if (c === 'L') throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (c === 'u') throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = src.get();
      if (c === null) throw src.error('missing -, : or )');
      if (c === ')' || c === '-' || c === ':') break;
      if (!(c in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing -, : or )', c.length);
    }
  }
  if (c === ')') {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn on global flag', 1);
  if (c === '-') {
    c = src.get();
    if (c === null) throw src.error('missing flag');
    if (!(c in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing flag', c.length);
    for (;;) {
      const flag = FLAG_CHARS[c!];
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = src.get();
      if (c === null) throw src.error('missing :');
      if (c === ':') break;
      if (!(c in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing :', c.length);
    }
  }
  if (del & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw src.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

/** An escape outside a class: a category, an anchor, a literal or a group reference. */
function parseEscape(src: Tokenizer, esc: string, state: State, add: number, del: number): Node {
  const cat = CATS[esc];
  if (cat !== undefined) return { k: 'set', items: [{ t: 'cat', cat }], neg: false, m: mode(add, del) };
  const anchor = ({ '\\A': At.BeginningString, '\\Z': At.EndString, '\\b': At.Boundary, '\\B': At.NonBoundary } as Record<string, At>)[esc];
  if (anchor !== undefined) {
    const n: Node = { k: 'at', at: anchor, ascii: false };
    pendingModes.set(n, { add, del });
    return n;
  }
  const lit = (c: number): Node => ({ k: 'lit', c, m: mode(add, del) });
  const simple = SIMPLE_ESCAPES[esc];
  if (simple !== undefined) return lit(simple);
  const c = esc[1];
  const common = escapeCommon(src, esc, c);
  if (common !== null) return lit(common);
  if (c === '0') {
    esc += src.getwhile(2, isOctCh);
    return lit(parseInt(esc.slice(1), 8));
  }
  if (isDigitCh(c)) {
    if (isDigitCh(src.next)) {
      esc += src.get();
      if (isOctCh(esc[1]) && isOctCh(esc[2]) && isOctCh(src.next)) {
        esc += src.get();
        const v = parseInt(esc.slice(1), 8);
        if (v > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        return lit(v);
      }
    }
    const g = Number(esc.slice(1));
    if (g < state.groups) {
      if (!state.checkGroup(g)) throw src.error('cannot refer to an open group', esc.length);
      state.checkLookbehindGroup(g, src);
      return { k: 'ref', g, m: mode(add, del) };
    }
    throw src.error(`invalid group reference ${g}`, esc.length - 1);
  }
  return lit(plainEscape(src, esc));
}

/** \x.. \u.... \U........ \N{...}: the code point, or null for other escapes. */
function escapeCommon(src: Tokenizer, esc: string, c: string): number | null {
  if (c === 'x') {
    esc += src.getwhile(2, isHexCh);
    if (cpLen(esc) !== 4) throw src.error(`incomplete escape ${esc}`, cpLen(esc));
    return parseInt(esc.slice(2), 16);
  }
  if (c === 'u' && src.text) {
    esc += src.getwhile(4, isHexCh);
    if (cpLen(esc) !== 6) throw src.error(`incomplete escape ${esc}`, cpLen(esc));
    return parseInt(esc.slice(2), 16);
  }
  if (c === 'U' && src.text) {
    esc += src.getwhile(8, isHexCh);
    if (cpLen(esc) !== 10) throw src.error(`incomplete escape ${esc}`, cpLen(esc));
    const v = parseInt(esc.slice(2), 16);
    if (v > 0x10ffff) throw src.error(`bad escape ${esc}`, cpLen(esc));
    return v;
  }
  if (c === 'N' && src.text) {
    if (!src.match('{')) throw src.error('missing {');
    const name = src.getuntil('}', 'character name');
    // unicodedata.lookup's names (its named sequences are not one character: undefined too).
    const cp = name.length > 256 ? -1 : lookupUnicodeName(name);
    if (cp < 0) throw src.error(`undefined character name ${pyRepr(name)}`, cpLen(name) + 4);
    return cp;
  }
  return null;
}

/** A one-character escape that is not special: letters are errors, others stand for themselves. */
function plainEscape(src: Tokenizer, esc: string): number {
  if (esc.length === 2 || (esc.length === 3 && esc.codePointAt(1)! > 0xffff)) {
    const c = esc.slice(1);
    if (isAsciiLetter(c)) throw src.error(`bad escape ${esc}`, 2);
    return c.codePointAt(0)!;
  }
  throw src.error(`bad escape ${esc}`, cpLen(esc));
}

type ClassCode = { lit: number } | { cat: Cat };

function classEscape(src: Tokenizer, esc: string): ClassCode {
  const simple = SIMPLE_ESCAPES[esc];
  if (simple !== undefined) return { lit: simple };
  const cat = CATS[esc];
  if (cat !== undefined) return { cat };
  const c = esc[1];
  const common = escapeCommon(src, esc, c);
  if (common !== null) return { lit: common };
  if (isOctCh(c)) {
    esc += src.getwhile(2, isOctCh);
    const v = parseInt(esc.slice(1), 8);
    if (v > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
    return { lit: v };
  }
  if (isDigitCh(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return { lit: plainEscape(src, esc) };
}

function parseClass(src: Tokenizer, add: number, del: number): Node {
  const here = src.tell() - 1;
  const items: SetItem[] = [];
  const neg = src.match('^');
  const push = (code: ClassCode): void => {
    items.push('lit' in code ? { t: 'lit', c: code.lit } : { t: 'cat', cat: code.cat });
  };
  for (;;) {
    let tok = src.get();
    if (tok === null) throw src.error('unterminated character set', src.tell() - here);
    if (tok === ']' && items.length > 0) break;
    const code1: ClassCode = tok[0] === '\\' && tok.length > 1 ? classEscape(src, tok) : { lit: tok.codePointAt(0)! };
    if (src.match('-')) {
      const that = src.get();
      if (that === null) throw src.error('unterminated character set', src.tell() - here);
      if (that === ']') {
        push(code1);
        items.push({ t: 'lit', c: 0x2d });
        break;
      }
      const code2: ClassCode = that[0] === '\\' && that.length > 1 ? classEscape(src, that) : { lit: that.codePointAt(0)! };
      if (!('lit' in code1) || !('lit' in code2) || code2.lit < code1.lit) {
        throw src.error(`bad character range ${tok}-${that}`, cpLen(tok) + 1 + cpLen(that));
      }
      items.push({ t: 'range', lo: code1.lit, hi: code2.lit });
    } else {
      push(code1);
    }
    tok = null;
  }
  return { k: 'set', items, neg, m: mode(add, del) };
}

