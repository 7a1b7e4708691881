// The `time` module: clocks (time, time_ns, perf_counter[_ns], monotonic[_ns],
// process_time[_ns], thread_time[_ns]), sleep (a real blocking wait via Atomics.wait),
// struct_time with gmtime/localtime/mktime, strftime (time-strftime.ts), strptime (strptime.ts),
// asctime, ctime, the timezone constants, clock_gettime[_ns]/clock_getres/clock_settime[_ns]
// (always EPERM) with the CLOCK_* ids, pthread_getcpuclockid, get_clock_info and tzset (a no-op).
// makeTimeModule() builds the module object.

import { readlinkSync } from 'node:fs';
import { normInt, type PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { T } from '../objects/types.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeName, typeError, repr, getIter, iterNext, typeOf, argTypeName } from '../objects/protocol.js';
import { PyBuiltinFunction, addGetSets, addMethods, type NativeCall } from '../objects/native.js';
import { asIntValue, indexOf } from '../objects/int-type.js';
import { defineNew } from '../objects/class-create.js';
import { exposeNativeSlots } from '../objects/slot-wrappers.js';
import { PyModule } from '../runtime/module.js';
import { makeNativeType } from '../builtins/native-type.js';
import { oneArg, bindArgs, signature } from '../builtins/args.js';
import { strValue } from '../builtins/text.js';
import { strptime } from './strptime.js';
import { strftime, DAY_NAMES, MONTH_NAMES, type BrokenDownTime, type StrftimeZone } from './time-strftime.js';
import { namespaceObject } from './sys.js';
import { osErrorFromCode } from '../builtins/io.js';
import { readonlyField } from '../objects/structseq.js';

// ------------------------------------------------------------------------- clocks

const hr = () => process.hrtime.bigint();

function nowNs(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/** Blocks the thread for `seconds` (Atomics.wait, falling back to a busy wait). */
export function sleepSeconds(seconds: number): void {
  if (seconds <= 0) return;
  const end = Number(hr()) / 1e6 + seconds * 1000;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const left = end - Number(hr()) / 1e6;
    if (left <= 0) return;
    try {
      Atomics.wait(cell, 0, 0, Math.min(left, 2 ** 31 - 1));
    } catch {
      while (Number(hr()) / 1e6 < end) { /* busy wait */ }
      return;
    }
  }
}

/**
 * time.sleep's argument as CPython converts it (_PyTime_FromSecondsObject): a count of
 * nanoseconds that must fit an int64, else OverflowError worded by the argument's type.
 */
function sleepSecondsArg(v: PyObject): number {
  const LIMIT = 2 ** 63;
  if (v instanceof PyFloat) {
    const x = v.value;
    if (x !== x) throw newError(E.ValueError, 'Invalid value NaN (not a number)');
    const ns = x * 1e9;
    if (!(ns >= -LIMIT && ns < LIMIT)) throw newError(E.OverflowError, 'timestamp out of range for platform time_t');
    return x;
  }
  const i = BigInt(asIntValue(v) ?? indexOf(v));
  if (i * 1000000000n >= 2n ** 63n || i * 1000000000n < -(2n ** 63n)) throw newError(E.OverflowError, 'timestamp too large to convert to C _PyTime_t');
  return Number(i);
}

// ------------------------------------------------------------------------- calendar math


/** [year, month 1-12, day] of a day count since 1970-01-01 (proleptic Gregorian). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}


/** The broken-down time of C's struct tm, with Python's conventions (month 1-12, Monday = 0). */
type Tm = BrokenDownTime;


function breakDown(secs: number, offset: number, zone: string | null, isdst: number): Tm {
  const t = secs + offset;
  const days = Math.floor(t / 86400);
  const rem = t - days * 86400;
  const [year, mon, mday] = civilFromDays(days);
  return {
    year, mon, mday,
    hour: Math.floor(rem / 3600), min: Math.floor((rem % 3600) / 60), sec: rem % 60,
    wday: (((days + 3) % 7) + 7) % 7,
    yday: days - daysFromCivil(year, 1, 1) + 1,
    isdst, zone, gmtoff: offset,
  };
}

/**
 * A timestamp argument as a C time_t, rounded down (CPython's _PyTime_ObjectToTime_t): an int or
 * float outside the int64 range is an OverflowError, NaN a ValueError.
 */
function timeTArg(v: PyObject): number {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (x !== x) throw newError(E.ValueError, 'Invalid value NaN (not a number)');
    if (!(x >= -(2 ** 63) && x < 2 ** 63)) throw newError(E.OverflowError, 'timestamp out of range for platform time_t');
    return Math.floor(x);
  }
  const i = asIntValue(v) ?? indexOf(v);
  if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) {
    throw newError(E.OverflowError, 'timestamp out of range for platform time_t');
  }
  return Number(i);
}

/**
 * A broken-down time from gmtime/localtime: glibc fails with EOVERFLOW when the year does not
 * fit C's tm_year (an int counting from 1900).
 */
function checkYear(tm: Tm): Tm {
  if (tm.year - 1900 > 0x7fffffff || tm.year - 1900 < -0x80000000) {
    throw osErrorFromCode('EOVERFLOW', undefined, 'Value too large for defined data type', 75);
  }
  return tm;
}

/** The local UTC offset (seconds east) at a moment, from the JS Date (TZ-aware). */
function localOffset(secs: number): number {
  const ms = secs * 1000;
  const clamped = Math.max(-8.64e15, Math.min(8.64e15, ms));
  return -new Date(clamped).getTimezoneOffset() * 60;
}

function zoneInfo(year: number): { std: number; dst: number; stdName: string; dstName: string } {
  const y = Math.max(-200000, Math.min(200000, year));
  const jan = Date.UTC(y, 0, 1) / 1000;
  const jul = Date.UTC(y, 6, 1) / 1000;
  const oj = localOffset(jan);
  const ol = localOffset(jul);
  const std = Math.min(oj, ol);
  const dst = Math.max(oj, ol);
  const name = (secs: number) => zoneName(secs);
  return { std, dst, stdName: name(oj === std ? jan : jul), dstName: name(oj === dst ? jan : jul) };
}

/** The formatter zoneName uses (made once: each new Intl.DateTimeFormat costs milliseconds). */
let zoneFormat: Intl.DateTimeFormat | null = null;

/**
 * Whether the local zone is one whose abbreviation is always "UTC" (TZ names it, or TZ is unset
 * and /etc/localtime links to it). Then zoneName needs no Intl formatter, whose first use loads
 * ICU's zone data: ~10 ms at `import time`, paid by every program that imports time or random.
 */
let utcZone: boolean | null = null;

function isUtcZone(): boolean {
  if (utcZone !== null) return utcZone;
  const utcNames = /^(?:Etc\/)?(?:UTC|UCT|Universal|Zulu)$/;
  let name = process.env.TZ;
  if (name === undefined) {
    try {
      name = readlinkSync('/etc/localtime').replace(/^.*zoneinfo\//, '');
    } catch {
      name = '-';  // not a link (or absent): ask Intl
    }
  } else if (name.startsWith(':')) {
    name = name.slice(1);
  }
  utcZone = utcNames.test(name) || name === 'UTC0' || name === '';
  return utcZone;
}

function zoneName(secs: number): string {
  if (isUtcZone()) return 'UTC';
  try {
    zoneFormat ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
    const parts = zoneFormat.formatToParts(new Date(secs * 1000));
    const p = parts.find((x) => x.type === 'timeZoneName');
    return p ? p.value : 'UTC';
  } catch {
    return 'UTC';
  }
}

function localTm(secs: number): Tm {
  const off = localOffset(secs);
  const info = zoneInfo(civilFromDays(Math.floor(secs / 86400))[0]);
  const isdst = info.std !== info.dst && off === info.dst ? 1 : 0;
  return breakDown(secs, off, zoneName(secs), isdst);
}

function gmTm(secs: number): Tm {
  return breakDown(secs, 0, 'GMT', 0);
}

// ------------------------------------------------------------------------- struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

class PyStructTime extends PyTuple {
  zone: PyObject = None;
  gmtoff: PyObject = None;
}

let structTimeType: PyType | null = null;

export function structTime(): PyType {
  if (structTimeType !== null) return structTimeType;
  const t = makeNativeType('time.struct_time', [T.tuple]);
  t.finalType = true;
  t.slots.repr = (v) => {
    const items = (v as PyTuple).items;
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(items[i])}`).join(', ')})`;
  };
  const getters: Record<string, [(v: PyObject) => PyObject, () => never]> = {};
  FIELDS.forEach((f, i) => {
    getters[f] = [(v) => (v as PyTuple).items[i], readonlyField];
  });
  getters.tm_zone = [(v) => (v as PyStructTime).zone, readonlyField];
  getters.tm_gmtoff = [(v) => (v as PyStructTime).gmtoff, readonlyField];
  addGetSets(t, getters);
  addMethods(t, {
    __reduce__: (v) => {
      const d = new PyDict();
      d.setStr('tm_zone', (v as PyStructTime).zone);
      d.setStr('tm_gmtoff', (v as PyStructTime).gmtoff);
      return new PyTuple([t, new PyTuple([new PyTuple((v as PyTuple).items.slice()), d])]);
    },
  });
  t.dict.setStr('n_sequence_fields', 9);
  t.dict.setStr('n_fields', 11);
  t.dict.setStr('n_unnamed_fields', 0);
  t.dict.setStr('__match_args__', new PyTuple(FIELDS.slice()));
  defineNew(t, (cls, args, kw) => {
    const [seq, dict] = bindArgs(signature('structseq', ['sequence', 'dict'], 0, 1), args, kw);
    if (dict !== undefined && !(dict instanceof PyDict)) typeError('time.struct_time() takes a dict as second arg, if any');
    let items: PyObject[];
    if (seq instanceof PyTuple) items = seq.items.slice();
    else {
      let it: PyObject;
      try {
        it = getIter(seq!);
      } catch {
        typeError('constructor requires a sequence');
      }
      items = [];
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
    }
    if (items.length < 9) typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    const r = new PyStructTime(items.slice(0, 9), cls);
    // The fields past the sequence come from the dict, by name (else None).
    if (items.length > 9) r.zone = items[9];
    else if (dict instanceof PyDict) r.zone = dict.getStr('tm_zone') ?? None;
    if (items.length > 10) r.gmtoff = items[10];
    else if (dict instanceof PyDict) r.gmtoff = dict.getStr('tm_gmtoff') ?? None;
    return r;
  });
  exposeNativeSlots(t);
  structTimeType = t;
  return t;
}

function tmToStruct(tm: Tm): PyObject {
  const r = new PyStructTime([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst], structTime());
  r.zone = tm.zone ?? None;
  r.gmtoff = tm.gmtoff ?? None;
  return r;
}

/** An int converted as PyArg_ParseTuple's "i" (a C int): a field of a time tuple, a clk_id. */
function cIntArg(v: PyObject): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const i = indexOf(v);
  if (typeof i === 'number' && i <= 0x7fffffff && i >= -0x80000000) return i;
  const b = BigInt(i);
  if (b > 0x7fffffffffffffffn || b < -0x8000000000000000n) throw newError(E.OverflowError, 'Python int too large to convert to C long');
  if (b > 0x7fffffffn) throw newError(E.OverflowError, 'signed integer is greater than maximum');
  throw newError(E.OverflowError, 'signed integer is less than minimum');
}

/** A struct_time or 9-tuple argument as a Tm (CPython's gettmarg + checktm). */
function tmArg(fname: string, v: PyObject, check: boolean): Tm {
  if (!(v instanceof PyTuple)) typeError('Tuple or struct_time argument required');
  const items = v.items;
  if (items.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  const n = items.map(cIntArg);
  // (C's tm_year counts from 1900, an int too.)
  if (n[0] < -0x80000000 + 1900) throw newError(E.OverflowError, 'year out of range');
  const tm: Tm = {
    year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5],
    wday: n[6], yday: n[7], isdst: n[8],
    zone: v instanceof PyStructTime && typeof v.zone === 'string' ? v.zone : null,
    gmtoff: v instanceof PyStructTime && typeof v.gmtoff === 'number' ? v.gmtoff : null,
  };
  if (!check) return tm;
  // C's tm_mon is 0-based, tm_wday counts from Sunday, tm_yday is 0-based.
  let cmon = tm.mon - 1;
  let cwday = (tm.wday + 1) % 7;
  let cyday = tm.yday - 1;
  if (cmon === -1) cmon = 0;
  else if (cmon < 0 || cmon > 11) throw newError(E.ValueError, 'month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw newError(E.ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw newError(E.ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) throw newError(E.ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw newError(E.ValueError, 'seconds out of range');
  if (cwday < 0) throw newError(E.ValueError, 'day of week out of range');
  if (cyday === -1) cyday = 0;
  else if (cyday < 0 || cyday > 365) throw newError(E.ValueError, 'day of year out of range');
  tm.mon = cmon + 1;
  tm.wday = (cwday + 6) % 7;
  tm.yday = cyday + 1;
  return tm;
}

// ------------------------------------------------------------------------- strftime

const pad = (n: number, w: number, c = '0') => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s);
};

/**
 * glibc's mktime: the fields read as local time (out-of-range ones carried into the next unit,
 * tm_gmtoff ignored). When tm_isdst (0 or 1) disagrees with the zone at that time, the UTC
 * offset of the nearest time (probing a week at a time, up to about 17 years either way) whose
 * DST state is the one asked for is used instead, and without one, DST is taken to be an hour.
 */
function mktime(tm: Tm): number {
  const naive = (daysFromCivil(tm.year, 1, 1) + monthDaysNorm(tm.year, tm.mon) + tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  let off = localOffset(naive);
  off = localOffset(naive - off);
  const t = naive - off;
  if (tm.isdst < 0) return t;
  const want = tm.isdst > 0 ? 1 : 0;
  const got = localTm(t).isdst;
  if (got === want) return t;
  const STRIDE = 601200;
  const BOUND = 536454000;
  for (let delta = STRIDE; delta < BOUND; delta += STRIDE) {
    for (const ot of [t - delta, t + delta]) {
      if (localTm(ot).isdst === want) return naive - localOffset(ot);
    }
  }
  return t + 3600 * ((want === 0 ? 1 : 0) - (got === 0 ? 1 : 0));
}

/** The local zone as time-strftime.ts needs it. */
const LOCAL_ZONE: StrftimeZone = {
  // %s: glibc's mktime() of the fields.
  timestamp: mktime,
  zoneName(isdst, year) {
    const info = zoneInfo(year);
    return isdst > 0 ? info.dstName : info.stdName;
  },
};


// ------------------------------------------------------------------------- functions

function optionalSeconds(args: PyObject[]): number {
  if (args.length === 0 || args[0] === None) return Math.floor(Number(nowNs() / 1000000n) / 1000);
  return timeTArg(args[0]);
}

function currentTm(fname: string, args: PyObject[], index: number, check: boolean): Tm {
  if (args.length <= index) return localTm(Math.floor(Number(nowNs() / 1000000n) / 1000));
  return tmArg(fname, args[index], check);
}

function asctimeOf(tm: Tm): string {
  return `${DAY_NAMES[tm.wday].slice(0, 3)} ${MONTH_NAMES[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

const FUNCS: Record<string, NativeCall> = {
  time: (args, kw) => {
    noArgs('time.time', args, kw);
    return newFloat((performance.timeOrigin + performance.now()) / 1000);
  },
  time_ns: (args, kw) => {
    noArgs('time.time_ns', args, kw);
    return normInt(nowNs());
  },
  perf_counter: (args, kw) => {
    noArgs('time.perf_counter', args, kw);
    return newFloat(Number(hr()) / 1e9);
  },
  perf_counter_ns: (args, kw) => {
    noArgs('time.perf_counter_ns', args, kw);
    return normInt(hr());
  },
  monotonic: (args, kw) => {
    noArgs('time.monotonic', args, kw);
    return newFloat(Number(hr()) / 1e9);
  },
  monotonic_ns: (args, kw) => {
    noArgs('time.monotonic_ns', args, kw);
    return normInt(hr());
  },
  process_time: (args, kw) => {
    noArgs('time.process_time', args, kw);
    return newFloat(Number(cpuNs()) / 1e9);
  },
  process_time_ns: (args, kw) => {
    noArgs('time.process_time_ns', args, kw);
    return normInt(cpuNs());
  },
  thread_time: (args, kw) => {
    noArgs('time.thread_time', args, kw);
    return newFloat(Number(cpuNs()) / 1e9);
  },
  thread_time_ns: (args, kw) => {
    noArgs('time.thread_time_ns', args, kw);
    return normInt(cpuNs());
  },
  sleep: (args, kw) => {
    const s = sleepSecondsArg(oneArg('time.sleep', args, kw));
    if (s < 0) throw newError(E.ValueError, 'sleep length must be non-negative');
    sleepSeconds(s);
    return None;
  },
  gmtime: (args, kw) => {
    parseTupleCount('gmtime', args, kw, 0, 1);
    return tmToStruct(checkYear(gmTm(optionalSeconds(args))));
  },
  localtime: (args, kw) => {
    parseTupleCount('localtime', args, kw, 0, 1);
    return tmToStruct(checkYear(localTm(optionalSeconds(args))));
  },
  mktime: (args, kw) => {
    const tm = tmArg('mktime', oneArg('time.mktime', args, kw), false);
    return newFloat(mktime(tm));
  },
  strftime: (args, kw) => {
    parseTupleCount('strftime', args, kw, 1, 2);
    const fmt = strValue(args[0]);
    if (fmt === undefined) typeError(`strftime() argument 1 must be str, not ${argTypeName(args[0])}`);
    const tm = currentTm('strftime', args, 1, true);
    // The format is encoded to the locale's C string (after the time tuple is checked).
    if (fmt.includes('\0')) throw newError(E.ValueError, 'embedded null character');
    return strftime(fmt, tm, LOCAL_ZONE);
  },
  strptime: (args, kw) => {
    parseTupleCount('strptime', args, kw, 1, 2);
    const fmt = args.length > 1 ? args[1] : '%a %b %d %H:%M:%S %Y';
    [args[0], fmt].forEach((a, i) => {
      if (strValue(a) === undefined) typeError(`strptime() argument ${i} must be str, not ${repr(typeOf(a))}`);
    });
    return tmToStruct(strptime(strValue(args[0])!, strValue(fmt)!));
  },
  asctime: (args, kw) => {
    parseTupleCount('asctime', args, kw, 0, 1);
    return asctimeOf(currentTm('asctime', args, 0, true));
  },
  ctime: (args, kw) => {
    parseTupleCount('ctime', args, kw, 0, 1);
    return asctimeOf(checkYear(localTm(optionalSeconds(args))));
  },
};

/** PyArg_ParseTuple's count messages: "strftime() takes at most 2 arguments (3 given)". */
function parseTupleCount(name: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(`${name}() takes ${min === max ? 'exactly' : 'at least'} ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes ${min === max ? 'exactly' : 'at most'} ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** METH_NOARGS: "time.time() takes no arguments (1 given)". */
function noArgs(name: string, args: PyObject[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

function monthDaysNorm(year: number, mon: number): number {
  const y = year + Math.floor((mon - 1) / 12);
  const m = (((mon - 1) % 12) + 12) % 12 + 1;
  return daysFromCivil(y, m, 1) - daysFromCivil(year, 1, 1);
}

/** The clocks of clock_gettime(): CLOCK_* name and value (Linux). */
const CLOCK_IDS: [string, number][] = [
  ['CLOCK_REALTIME', 0], ['CLOCK_MONOTONIC', 1], ['CLOCK_PROCESS_CPUTIME_ID', 2], ['CLOCK_THREAD_CPUTIME_ID', 3],
  ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', 11],
];


/** clock_gettime(clk_id) in nanoseconds; OSError EINVAL for an unknown clock. */
function clockNs(fname: string, args: PyObject[], kw: string[] | null): bigint {
  parseTupleCount(fname, args, kw, 1, 1);
  const id = cIntArg(args[0]);
  switch (id) {
    case 0: case 11: return nowNs();
    case 1: case 4: case 7: return hr();
    case 2: case 3: return cpuNs();
    default: throw osErrorFromCode('EINVAL');
  }
}

const CLOCK_INFO: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

const CLOCK_FUNCS: Record<string, NativeCall> = {
  clock_gettime: (args, kw) => newFloat(Number(clockNs('clock_gettime', args, kw)) / 1e9),
  clock_gettime_ns: (args, kw) => normInt(clockNs('clock_gettime_ns', args, kw)),
  clock_getres: (args, kw) => {
    parseTupleCount('clock_getres', args, kw, 1, 1);
    const id = cIntArg(args[0]);
    if (!CLOCK_IDS.some(([, v]) => v === id)) throw osErrorFromCode('EINVAL');
    return newFloat(1e-9);
  },
  // Setting a clock is not something this interpreter does: EPERM, as for an unprivileged user.
  clock_settime: (args, kw) => {
    parseTupleCount('clock_settime', args, kw, 2, 2);
    const id = cIntArg(args[0]);
    sleepSecondsArg(args[1]);
    if (!CLOCK_IDS.some(([, v]) => v === id)) throw osErrorFromCode('EINVAL');
    throw osErrorFromCode('EPERM');
  },
  clock_settime_ns: (args, kw) => {
    parseTupleCount('clock_settime', args, kw, 2, 2);
    const id = cIntArg(args[0]);
    if (asIntValue(args[1]) === undefined) typeError(`expect int, got ${typeName(args[1])}`);
    if (!CLOCK_IDS.some(([, v]) => v === id)) throw osErrorFromCode('EINVAL');
    throw osErrorFromCode('EPERM');
  },
  // The one thread's CPU-time clock.
  pthread_getcpuclockid: (args, kw) => {
    parseTupleCount('pthread_getcpuclockid', args, kw, 1, 1);
    if (asIntValue(args[0]) === undefined) typeError(`pthread_getcpuclockid() argument 1 must be int, not ${argTypeName(args[0])}`);
    return 3;
  },
  get_clock_info: (args, kw) => {
    parseTupleCount('get_clock_info', args, kw, 1, 1);
    const name = strValue(args[0]);
    if (name === undefined) typeError(`get_clock_info() argument 1 must be str, not ${argTypeName(args[0])}`);
    const info = Object.hasOwn(CLOCK_INFO, name) ? CLOCK_INFO[name] : undefined;
    if (info === undefined) throw newError(E.ValueError, 'unknown clock');
    return namespaceObject([
      ['implementation', info[0]], ['monotonic', info[1]], ['adjustable', info[2]], ['resolution', newFloat(1e-9)],
    ]);
  },
  tzset: (args, kw) => {
    noArgs('time.tzset', args, kw);
    return None;
  },
};

/** Builds the `time` module. */
export function makeTimeModule(): PyModule {
  const m = new PyModule('time');
  for (const name in FUNCS) m.dict.setStr(name, new PyBuiltinFunction(name, FUNCS[name], m));
  for (const name in CLOCK_FUNCS) m.dict.setStr(name, new PyBuiltinFunction(name, CLOCK_FUNCS[name], m));
  for (const [name, id] of CLOCK_IDS) m.dict.setStr(name, id);
  m.dict.setStr('struct_time', structTime());
  m.dict.setStr('_STRUCT_TM_ITEMS', 11);
  const now = Math.floor(Date.now() / 1000);
  const info = zoneInfo(civilFromDays(Math.floor(now / 86400))[0]);
  m.dict.setStr('timezone', -info.std);
  m.dict.setStr('altzone', -info.dst);
  m.dict.setStr('daylight', info.std !== info.dst ? 1 : 0);
  m.dict.setStr('tzname', new PyTuple([info.stdName, info.dstName]));
  return m;
}


