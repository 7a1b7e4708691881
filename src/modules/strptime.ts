// time.strptime in the C locale, as CPython's _strptime module does it: the format becomes a
// case-insensitive regular expression (one group per directive, whitespace matching any run of
// whitespace), the whole string must match, and the missing fields are filled in (year 1900,
// January 1st, the weekday and day of the year computed from the date).

import { E, newError } from '../objects/exception.js';
import { strRepr } from '../text/str-repr.js';

export interface ParsedTime {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string | null; gmtoff: number | null;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DIRECTIVES: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '([0-9]{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  G: '(\\d\\d\\d\\d)',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  U: '(5[0-3]|[0-4]\\d|\\d)',
  w: '([0-6])',
  u: '([1-7])',
  V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  A: `(${DAYS.join('|')})`,
  a: `(${DAYS.map((d) => d.slice(0, 3)).join('|')})`,
  B: `(${MONTHS.join('|')})`,
  b: `(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`,
  p: '(am|pm)',
  Z: '(utc|gmt)',
  '%': '%',
};
DIRECTIVES.W = DIRECTIVES.U;
const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

/** The regular expression for `format` and the directive letter of each capturing group. */
function compile(format: string): { re: RegExp; keys: string[] } {
  const keys: string[] = [];
  let src = '';
  const add = (f: string): void => {
    for (let i = 0; i < f.length; i++) {
      const c = f[i];
      if (c === '%') {
        if (i + 1 >= f.length) throw newError(E.ValueError, `stray % in format '${format}'`);
        const d = f[++i];
        if (COMPOSITE[d] !== undefined) add(COMPOSITE[d]);
        else if (d === 'z') {
          // One capturing group for the offset; its inner groups are not directives.
          src += '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)';
          keys.push('z');
        } else if (DIRECTIVES[d] !== undefined) {
          src += DIRECTIVES[d];
          if (d !== '%') keys.push(d);
        } else throw newError(E.ValueError, `'${d}' is a bad directive in format '${format}'`);
      } else if (/\s/.test(c)) {
        while (i + 1 < f.length && /\s/.test(f[i + 1])) i++;
        src += '\\s+';
      } else src += c.replace(/[\\.^$*+?(){}[\]|/]/, '\\$&');
    }
  };
  add(format);
  return { re: new RegExp('^(?:' + src + ')', 'iu'), keys };
}

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthLength(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Monday = 0 weekday of a date. */
function weekdayOf(y: number, m: number, d: number): number {
  return (((daysFromCivil(y, m, d) + 3) % 7) + 7) % 7;
}

/** _strptime's _calc_julian_from_U_or_W: the day of the year of a %U/%W week and a weekday. */
function julianFromWeek(year: number, week: number, wday: number, weekStartsMonday: boolean): number {
  let first = weekdayOf(year, 1, 1);
  if (!weekStartsMonday) {
    first = (first + 1) % 7;
    wday = (wday + 1) % 7;
  }
  if (week === 0) return 1 + wday - first;
  return 1 + (7 - first) % 7 + 7 * (week - 1) + wday;
}

/** _strptime's _calc_julian_from_V: [year, day of the year] of an ISO year, week and weekday (1-7). */
function julianFromIsoWeek(isoYear: number, isoWeek: number, isoWeekday: number): [number, number] {
  const correction = weekdayOf(isoYear, 1, 4) + 1 + 3;
  let ordinal = isoWeek * 7 + isoWeekday - correction;
  if (ordinal < 1) {
    ordinal += daysFromCivil(isoYear, 1, 1) - daysFromCivil(isoYear - 1, 1, 1);
    isoYear--;
  }
  return [isoYear, ordinal];
}

/** time.strptime(string, format): the broken-down time, or CPython's ValueError. */
export function strptime(data: string, format: string): ParsedTime {
  const { re, keys } = compile(format);
  const m = re.exec(data);
  if (m === null) throw newError(E.ValueError, `time data ${strRepr(data)} does not match format ${strRepr(format)}`);
  if (m[0].length !== data.length) throw newError(E.ValueError, `unconverted data remains: ${data.slice(m[0].length)}`);
  let year: number | null = null;
  let mon = 1;
  let mday = 1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let wday: number | null = null;
  let julian: number | null = null;
  let weekOfYear: number | null = null;
  let weekStartsMonday = false;
  let isoYear: number | null = null;
  let isoWeek: number | null = null;
  let isdst = -1;
  let zone: string | null = null;
  let gmtoff: number | null = null;
  const ampm = (() => {
    const i = keys.indexOf('p');
    return i < 0 ? '' : m[i + 1].toLowerCase();
  })();
  keys.forEach((k, i) => {
    const v = m[i + 1];
    switch (k) {
      case 'y': {
        const y = parseInt(v, 10);
        year = y <= 68 ? y + 2000 : y + 1900;
        break;
      }
      case 'Y': year = parseInt(v, 10); break;
      case 'm': mon = parseInt(v, 10); break;
      case 'B': mon = MONTHS.indexOf(v.toLowerCase()) + 1; break;
      case 'b': mon = MONTHS.findIndex((x) => x.slice(0, 3) === v.toLowerCase()) + 1; break;
      case 'd': mday = parseInt(v, 10); break;
      case 'H': hour = parseInt(v, 10); break;
      case 'I': {
        hour = parseInt(v, 10);
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) hour += 12;
        break;
      }
      case 'M': min = parseInt(v, 10); break;
      case 'S': sec = parseInt(v, 10); break;
      case 'A': wday = DAYS.indexOf(v.toLowerCase()); break;
      case 'a': wday = DAYS.findIndex((x) => x.slice(0, 3) === v.toLowerCase()); break;
      case 'w': wday = (parseInt(v, 10) + 6) % 7; break;
      case 'u': wday = parseInt(v, 10) - 1; break;
      case 'j': julian = parseInt(v, 10); break;
      case 'U': case 'W':
        weekOfYear = parseInt(v, 10);
        weekStartsMonday = k === 'W';
        break;
      case 'G': isoYear = parseInt(v, 10); break;
      case 'V': isoWeek = parseInt(v, 10); break;
      case 'Z': {
        zone = v;
        isdst = 0;
        break;
      }
      case 'z': {
        if (v === 'Z' || v === 'z') gmtoff = 0;
        else {
          // _strptime's slicing, which takes '+0530:15' to seconds ':1' (int() fails on them).
          let z = v;
          if (z[3] === ':') {
            z = z.slice(0, 3) + z.slice(4);
            if (z.length > 5) {
              if (z[5] !== ':') throw newError(E.ValueError, `Inconsistent use of : in ${v}`);
              z = z.slice(0, 5) + z.slice(6);
            }
          }
          const secs = z.slice(5, 7);
          if (secs !== '' && !/^\d+$/.test(secs)) throw newError(E.ValueError, `invalid literal for int() with base 10: ${strRepr(secs)}`);
          const off = parseInt(z.slice(1, 3), 10) * 3600 + parseInt(z.slice(3, 5), 10) * 60 + (secs === '' ? 0 : parseInt(secs, 10));
          gmtoff = v[0] === '-' ? -off : off;
        }
        break;
      }
    }
  });
  // ISO year and week only make a date together with a weekday (and not with %Y or %j).
  if (year === null && isoYear !== null) {
    if (isoWeek === null || wday === null) {
      throw newError(E.ValueError, "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    if (julian !== null) throw newError(E.ValueError, "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
  } else if (weekOfYear === null && isoWeek !== null) {
    if (wday === null) {
      throw newError(E.ValueError, "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    throw newError(E.ValueError, "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapFix = false;
  if (year === null && mon === 2 && mday === 29) {
    year = 1904;
    leapFix = true;
  } else if (year === null) year = 1900;
  // The day of the year from a week number and weekday.
  if (julian === null && wday !== null) {
    if (weekOfYear !== null) julian = julianFromWeek(year as number, weekOfYear, wday, weekStartsMonday);
    else if (isoYear !== null && isoWeek !== null) [year, julian] = julianFromIsoWeek(isoYear, isoWeek, wday + 1);
    if (julian !== null && julian <= 0) {
      year = (year as number) - 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  const y = year as number;
  let yday: number;
  if (julian === null) {
    if (mday > monthLength(y, mon)) throw newError(E.ValueError, 'day is out of range for month');
    yday = daysFromCivil(y, mon, mday) - daysFromCivil(y, 1, 1) + 1;
  } else {
    yday = julian;
    const days = daysFromCivil(y, 1, 1) + julian - 1;
    let mm = 1;
    let rest = days - daysFromCivil(y, 1, 1);
    let yy = y;
    while (rest >= (isLeap(yy) ? 366 : 365)) {
      rest -= isLeap(yy) ? 366 : 365;
      yy++;
    }
    while (rest >= monthLength(yy, mm)) rest -= monthLength(yy, mm++);
    year = yy;
    mon = mm;
    mday = rest + 1;
  }
  if (wday === null) wday = weekdayOf(year as number, mon, mday);
  if (leapFix) year = 1900;
  return { year: year as number, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff };
}
