// time.strftime as CPython 3.11 gives it on Linux: glibc 2.36's strftime in the C locale. Each
// conversion is `%`, flags (`_` `-` `0` choose the padding of numbers, the last one winning; `^`
// upper-cases text; `#` swaps its case: upper for names, lower for %p and %Z), an optional field
// width, an optional E or O modifier (no era or alternative digits in the C locale, so they
// either change nothing or make the conversion invalid, per conversion), then the conversion
// character. An invalid or unknown one is copied out as written, '%' to conversion character,
// padded to the width like any text. %c %x %X %D %F %R %T %r expand to their C-locale formats,
// the result padded to the width.

/** The broken-down time, with Python's conventions (month 1-12, Monday = 0, yday from 1). */
export interface BrokenDownTime {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string | null; gmtoff: number | null;
}

/** What strftime needs of the time zone: mktime() of the fields (%s) and tzname[isdst] (%Z). */
export interface StrftimeZone {
  timestamp(tm: BrokenDownTime): number;
  zoneName(isdst: number, year: number): string;
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The C-locale formats the composite conversions expand to. */
const SUBFORMATS: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y', x: '%m/%d/%y', D: '%m/%d/%y', X: '%H:%M:%S', T: '%H:%M:%S',
  F: '%Y-%m-%d', R: '%H:%M', r: '%I:%M:%S %p',
};

/** Conversions an E modifier makes invalid (the others ignore it). */
const BAD_WITH_E = new Set('aAbBhDdeFHIklMjmSUVgGWw%'.split(''));
/** Conversions an O modifier makes invalid. */
const BAD_WITH_O = new Set('aADFcxXY%'.split(''));

/** Days from the first day of the ISO week-based year to `yday` (0-based) of weekday `wday` (Sunday 0). */
function isoWeekDays(yday: number, wday: number): number {
  const bigEnoughMultipleOf7 = (Math.trunc(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1;
}

/** [ISO year, days into it] of a C-convention yday (0-based) and wday (Sunday 0). */
function isoYearDays(year: number, yday: number, wday: number): [number, number] {
  let days = isoWeekDays(yday, wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(yday + 365 + (isLeap(year) ? 1 : 0), wday);
  } else {
    const d = isoWeekDays(yday - 365 - (isLeap(year) ? 1 : 0), wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, days];
}

/** A conversion's settings while it is written out. */
interface Spec {
  pad: string; // '', '_', '-' or '0'
  width: number; // -1 when none was given
  upper: boolean;
  lower: boolean;
}

/** Text padded to the width (zeros for the '0' flag, else spaces) in the conversion's case. */
function text(spec: Spec, s: string): string {
  if (spec.lower) s = s.toLowerCase();
  else if (spec.upper) s = s.toUpperCase();
  const delta = spec.width - s.length;
  return delta > 0 ? (spec.pad === '0' ? '0' : ' ').repeat(delta) + s : s;
}

/** A number given at least `minDigits` digits (or the width): zeros, or spaces for '_', none for '-'. */
function numberText(spec: Spec, minDigits: number, value: number): string {
  const digits = Math.max(minDigits, spec.width);
  let body = String(Math.abs(value));
  if (value < 0) body = '-' + body;
  let out = '';
  const padding = digits - body.length;
  if (spec.pad !== '-' && padding > 0) {
    if (spec.pad === '_') {
      out = ' '.repeat(padding);
      spec.width = spec.width > padding ? spec.width - padding : 0;
    } else {
      if (value < 0) {
        out = '-';
        body = body.slice(1);
      }
      out += '0'.repeat(padding);
      spec.width = 0;
    }
  }
  return out + text(spec, body);
}

export function strftime(format: string, tm: BrokenDownTime, zone: StrftimeZone): string {
  let out = '';
  const n = format.length;
  const hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour === 0 ? 12 : tm.hour;
  const cwday = (tm.wday + 1) % 7; // C's tm_wday: Sunday = 0
  const cyday = tm.yday - 1; // C's tm_yday: from 0
  for (let i = 0; i < n; i++) {
    if (format[i] !== '%') {
      out += format[i];
      continue;
    }
    const spec: Spec = { pad: '', width: -1, upper: false, lower: false };
    let swapCase = false;
    let j = i + 1;
    for (; j < n; j++) {
      const f = format[j];
      if (f === '_' || f === '-' || f === '0') spec.pad = f;
      else if (f === '^') spec.upper = true;
      else if (f === '#') swapCase = true;
      else break;
    }
    if (j < n && format[j] >= '0' && format[j] <= '9') {
      spec.width = 0;
      while (j < n && format[j] >= '0' && format[j] <= '9') spec.width = Math.min(spec.width * 10 + (format.charCodeAt(j++) - 48), 2147483647);
    }
    let modifier = '';
    if (j < n && (format[j] === 'E' || format[j] === 'O')) modifier = format[j++];
    // At the end of the format the conversion is what was read so far, copied out as written.
    const c = j < n ? format[j] : '';
    const end = j < n ? j : j - 1;
    i = end;
    const bad = c === '' || (modifier === 'E' && BAD_WITH_E.has(c)) || (modifier === 'O' && BAD_WITH_O.has(c));
    if (!bad) {
      const r = convert(c, spec, swapCase, tm, zone, hour12, cwday, cyday);
      if (r !== null) {
        out += r;
        continue;
      }
    }
    // The invalid conversion: from its '%' (the last one before it) to where it stopped. (%b and
    // %h take the '#' flag before finding an E modifier invalid, so it shows in the copy.)
    if ((c === 'b' || c === 'h') && swapCase) spec.upper = true;
    out += text(spec, format.slice(format.lastIndexOf('%', end), end + 1));
  }
  return out;
}

/** One conversion's output, or null for an unknown conversion character. */
function convert(c: string, spec: Spec, swapCase: boolean, tm: BrokenDownTime, zone: StrftimeZone,
  hour12: number, cwday: number, cyday: number): string | null {
  const names = (s: string) => {
    if (swapCase) spec.upper = true;
    return text(spec, s);
  };
  switch (c) {
    case '%': return text(spec, '%');
    case 'n': return text(spec, '\n');
    case 't': return text(spec, '\t');
    case 'a': return names(DAY_NAMES[tm.wday].slice(0, 3));
    case 'A': return names(DAY_NAMES[tm.wday]);
    case 'b': case 'h': return names(MONTH_NAMES[tm.mon - 1].slice(0, 3));
    case 'B': return names(MONTH_NAMES[tm.mon - 1]);
    case 'p': case 'P':
      if (swapCase || c === 'P') spec.lower = true;
      return text(spec, tm.hour > 11 ? 'PM' : 'AM');
    case 'Z': {
      if (swapCase) {
        spec.upper = false;
        spec.lower = true;
      }
      let name = tm.zone ?? '';
      if (name === '' && tm.isdst >= 0) name = zone.zoneName(tm.isdst, tm.year);
      return text(spec, name);
    }
    case 'z': {
      if (tm.isdst < 0) return '';
      let diff = tm.gmtoff ?? 0;
      const sign = text(spec, diff < 0 ? '-' : '+');
      diff = Math.trunc(Math.abs(diff) / 60);
      return sign + numberText(spec, 4, Math.trunc(diff / 60) * 100 + (diff % 60));
    }
    case 'c': case 'x': case 'D': case 'X': case 'T': case 'F': case 'R': case 'r':
      spec.lower = false;
      return text(spec, strftime(SUBFORMATS[c], tm, zone));
    case 'C': return numberText(spec, 1, Math.trunc(tm.year / 100) - (tm.year % 100 < 0 ? 1 : 0));
    case 'd': return numberText(spec, 2, tm.mday);
    case 'e': return numberText(spacePadded(spec), 2, tm.mday);
    case 'H': return numberText(spec, 2, tm.hour);
    case 'I': return numberText(spec, 2, hour12);
    case 'k': return numberText(spacePadded(spec), 2, tm.hour);
    case 'l': return numberText(spacePadded(spec), 2, hour12);
    case 'j': return numberText(spec, 3, cyday + 1);
    case 'M': return numberText(spec, 2, tm.min);
    case 'm': return numberText(spec, 2, tm.mon);
    case 'S': return numberText(spec, 2, tm.sec);
    case 's': {
      // digits 1: only the width pads it, as text.
      const t = zone.timestamp(tm);
      return text(spec, String(t));
    }
    case 'u': return numberText(spec, 1, ((cwday - 1 + 7) % 7) + 1);
    case 'U': return numberText(spec, 2, Math.trunc((cyday - cwday + 7) / 7));
    case 'W': return numberText(spec, 2, Math.trunc((cyday - ((cwday - 1 + 7) % 7) + 7) / 7));
    case 'w': return numberText(spec, 1, cwday);
    case 'V': case 'g': case 'G': {
      const [year, days] = isoYearDays(tm.year, cyday, cwday);
      if (c === 'g') return numberText(spec, 2, ((year % 100) + 100) % 100);
      if (c === 'G') return numberText(spec, 1, year);
      return numberText(spec, 2, Math.trunc(days / 7) + 1);
    }
    case 'Y': return numberText(spec, 1, tm.year);
    case 'y': return numberText(spec, 2, (((tm.year - 1900) % 100) + 100) % 100);
    default: return null;
  }
}

/** %e %k %l pad with spaces unless the '0' or '-' flag says otherwise. */
function spacePadded(spec: Spec): Spec {
  if (spec.pad !== '0' && spec.pad !== '-') spec.pad = '_';
  return spec;
}
