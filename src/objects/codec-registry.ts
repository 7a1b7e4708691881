// The codecs that Python code registers (codecs.register), as str.encode, bytes.decode and
// str(b, encoding) use them: an encoding the native codecs (str-codecs.ts) do not know is looked
// up through lib/codecs.py's search functions (the function it hands over with
// _dyad_codecs.set_search, at its first register()), and the CodecInfo's encode/decode run with
// CPython's checks of what they return (PyUnicode_AsEncodedString / PyUnicode_Decode).

import type { PyObject } from './object.js';
import { PyTuple } from './tuple.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { PyMemoryView } from './memoryview.js';
import { E, newError, newException } from './exception.js';
import type { PyDict } from './dict.js';
import { call, typeName, getAttr, isTrue } from './protocol.js';
import { pyWarn } from './class-create.js';

let search: PyObject | null = null;

/** lib/codecs.py's lookup of registered codecs: (encoding) -> CodecInfo or None. */
export function setRegistrySearch(f: PyObject): void {
  search = f;
}

/** The registered CodecInfo for `encoding`, or undefined (none registered, or none knows it). */
function registered(encoding: string, use: 'encode' | 'decode'): PyTuple | undefined {
  if (search === null) return undefined;
  const info = call(search, [encoding]);
  if (!(info instanceof PyTuple) || info.items.length < 2) return undefined;
  if (!isTrue(getAttr(info, '_is_text_encoding'))) {
    throw newError(E.LookupError, `'${encoding}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
  }
  return info;
}

/** str.encode through a registered codec: the bytes, or undefined when no codec is registered. */
export function registryEncode(s: string, encoding: string, errors: string): Uint8Array | undefined {
  const info = registered(encoding, 'encode');
  if (info === undefined) return undefined;
  const r = call(info.items[0], [s, errors]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw newError(E.TypeError, 'encoder must return a tuple (object, integer)');
  const v = r.items[0];
  if (v instanceof PyBytes) return v.data.slice();
  if (v instanceof PyByteArray) {
    pyWarn(E.RuntimeWarning, `encoder ${encoding} returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types`);
    return v.data.slice();
  }
  throw newError(E.TypeError, `'${encoding}' encoder returned '${typeName(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
}

/** bytes.decode through a registered codec (given a read-only memoryview of a copy of b). */
export function registryDecode(b: Uint8Array, encoding: string, errors: string): string | undefined {
  const info = registered(encoding, 'decode');
  if (info === undefined) return undefined;
  const view = new PyMemoryView(new PyBytes(b.slice()), 0, b.length, 1, 'B', true);
  const r = call(info.items[1], [view, errors]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw newError(E.TypeError, 'decoder must return a tuple (object,integer)');
  const v = r.items[0];
  if (typeof v === 'string') return v;
  throw newError(E.TypeError, `'${encoding}' decoder returned '${typeName(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
}

// ---- error handlers (codecs.register_error) ----

let handlers: PyDict | null = null;

/** lib/codecs.py's table of error handlers by name (read live). */
export function setErrorHandlers(d: PyDict): void {
  handlers = d;
}

/** The handler registered for an `errors` name the native codecs do not know, or undefined. */
export function customHandler(errors: string): PyObject | undefined {
  return handlers === null ? undefined : handlers.getStr(errors);
}

/** A handler's (replacement, resume position), with CPython's checks (a negative position counts from the end). */
function handlerResult(r: PyObject, kind: 'encoding' | 'decoding', length: number): [PyObject, number] {
  const ok = r instanceof PyTuple && r.items.length === 2 && (typeof r.items[1] === 'number' || typeof r.items[1] === 'bigint');
  if (!ok || (kind === 'decoding' && typeof r.items[0] !== 'string') || (kind === 'encoding' && typeof r.items[0] !== 'string' && !(r.items[0] instanceof PyBytes))) {
    throw newError(E.TypeError, kind === 'encoding' ? 'encoding error handler must return (str/bytes, int) tuple' : 'decoding error handler must return (str, int) tuple');
  }
  let pos = Number(r.items[1]);
  if (pos < 0) pos += length;
  if (pos < 0 || pos > length) throw newError(E.IndexError, `position ${Number(r.items[1])} from error handler out of bounds`);
  return [r.items[0], pos];
}

/** Runs a registered handler on text[start:end] (code points) that `codec` cannot encode. */
export function callEncodeHandler(h: PyObject, codec: string, cps: number[], start: number, end: number, reason: string): [string | Uint8Array, number] {
  const exc = newException(E.UnicodeEncodeError, [codec, String.fromCodePoint(...cps), start, end, reason]);
  const [rep, pos] = handlerResult(call(h, [exc]), 'encoding', cps.length);
  return [rep instanceof PyBytes ? rep.data : (rep as string), pos];
}

/** Runs a registered handler on b[start:end] that `codec` cannot decode. */
export function callDecodeHandler(h: PyObject, codec: string, b: Uint8Array, start: number, end: number, reason: string): [string, number] {
  const exc = newException(E.UnicodeDecodeError, [codec, new PyBytes(b.slice()), start, end, reason]);
  const [rep, pos] = handlerResult(call(h, [exc]), 'decoding', b.length);
  return [rep as string, pos];
}
