"""datetime.strptime's parser (C locale): the format becomes one case-insensitive regular
expression with a named group per directive; the whole string must match. Missing fields
default to 1900-01-01 00:00:00; %j, %U/%W and %G/%V with a weekday fix the date."""

import re
import time

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']

_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + '|'.join(_DAYS) + ')',
    'a': '(?P<a>' + '|'.join(d[:3] for d in _DAYS) + ')',
    'B': '(?P<B>' + '|'.join(_MONTHS) + ')',
    'b': '(?P<b>' + '|'.join(m[:3] for m in _MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    '%': '%',
}
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_cache = {}


def _zone_pattern():
    names = {'utc', 'gmt'}
    for name in time.tzname:
        names.add(name.lower())
    return '(?P<Z>' + '|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ')'


def _expand(fmt, whole):
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % whole)
            code = fmt[i + 1]
            i += 2
            if code in _COMPOSITE:
                out.append(_expand(_COMPOSITE[code], whole))
                continue
            if code == 'Z':
                pattern = _zone_pattern()
            elif code in _PATTERNS:
                pattern = _PATTERNS[code]
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, whole))
            out.append(pattern)
        elif ch.isspace():
            while i + 1 < len(fmt) and fmt[i + 1].isspace():
                i += 1
            out.append(r'\s+')
            i += 1
        else:
            out.append(re.escape(ch))
            i += 1
    return ''.join(out)


def _compile(fmt):
    found = _cache.get(fmt)
    if found is None:
        found = re.compile(_expand(fmt, fmt), re.IGNORECASE)
        _cache[fmt] = found
    return found


def strptime_fields(data, fmt):
    """((year, month, day, hour, minute, second, microsecond), utc offset or None, zone name)."""
    import datetime
    for index, arg in enumerate((data, fmt)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index + 1, type(arg).__name__))
    found = _compile(fmt).match(data)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if len(data) != found.end():
        raise ValueError('unconverted data remains: %s' % data[found.end():])
    g = found.groupdict()
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = None
    week_of_year = iso_week = None
    week_starts_monday = False
    offset = None
    tzname = None
    for key, value in g.items():
        if value is None:
            continue
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS.index(value.lower()) + 1
        elif key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (g.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _DAYS.index(value.lower())
        elif key == 'a':
            weekday = [d[:3] for d in _DAYS].index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_starts_monday = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            if value == 'Z':
                offset = datetime.timedelta(0)
            else:
                if value[3:4] == ':':
                    body = value[1:]
                    if len(body) > 5 and body[5] != ':':
                        raise ValueError('Inconsistent use of : in %s' % value)
                    body = body.replace(':', '')
                else:
                    body = value[1:]
                    if ':' in body:
                        raise ValueError('Inconsistent use of : in %s' % value)
                hours = int(body[:2])
                minutes = int(body[2:4])
                seconds = int(body[4:6] or 0)
                micro = body[7:] if len(body) > 6 else ''
                micro = int(micro + '0' * (6 - len(micro))) if micro else 0
                offset = datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds,
                                            microseconds=micro)
                if value[0] == '-':
                    offset = -offset
        elif key == 'Z':
            tzname = value
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    if iso_year is not None:
        y, m, d = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)._key()
        year, month, day = y, m, d
    elif julian is None and weekday is not None and week_of_year is not None:
        jan1 = datetime.date(year, 1, 1).toordinal()
        first = (jan1 + 6) % 7
        if week_starts_monday:
            start = jan1 + (7 - first) % 7
            offset_in_week = weekday
        else:
            start = jan1 + (6 - first) % 7
            offset_in_week = (weekday + 1) % 7
        d = datetime.date.fromordinal(start + 7 * (week_of_year - 1) + offset_in_week)
        year, month, day = d.year, d.month, d.day
    if julian is not None:
        d = datetime.date.fromordinal(datetime.date(year, 1, 1).toordinal() + julian - 1)
        year, month, day = d.year, d.month, d.day
    return (year, month, day, hour, minute, second, fraction), offset, tzname
