"""The implementation behind Dyad's `datetime` module (behaving as CPython 3.11's).

Dates are proleptic Gregorian ordinals (0001-01-01 is day 1); a timedelta is kept normalised
as (days, seconds, microseconds) with 0 <= seconds < 86400 and 0 <= microseconds < 10**6, and
all arithmetic goes through whole microseconds, so results are exact and rounding (for float
arguments and products) is round-half-even, as in CPython. The classes report
`__module__ == 'datetime'`; `datetime` re-exports the public names only.
"""

import time as _time
import math as _math
import sys as _sys

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MISSING = object()
_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_DATETIME_NAMES = ('year', 'month', 'day') + _TIME_NAMES
_INF = float('inf')


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


_DAYS_IN_400Y = 146097
_DAYS_IN_100Y = 36524
_DAYS_IN_4Y = 1461


def _ordinal_to_ymd(n):
    """(year, month, day) of ordinal n (any integer; the year may fall outside 1..9999)."""
    n -= 1
    q400, n = divmod(n, _DAYS_IN_400Y)
    year = q400 * 400 + 1
    q100, n = divmod(n, _DAYS_IN_100Y)
    q4, n = divmod(n, _DAYS_IN_4Y)
    q1, n = divmod(n, 365)
    year += q100 * 100 + q4 * 4 + q1
    if q1 == 4 or q100 == 4:
        return year - 1, 12, 31
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime' and cls in _BASE_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cls_name(cls):
    if cls in _BASE_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _index(value):
    """The C 'i' conversion: int or __index__, else CPython's TypeError."""
    if type(value) is int:
        return _c_int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(value)) from None
    return _c_int(index(value))


def _c_int(value):
    if not -2 ** 31 <= value < 2 ** 31:
        if not -2 ** 63 <= value < 2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        if value > 0:
            raise OverflowError('signed integer is greater than maximum')
        raise OverflowError('signed integer is less than minimum')
    return value


def _parse_args(fname, args, kwargs, names, defaults, positional):
    """PyArg_ParseTupleAndKeywords: the values of `names` from args and kwargs, with CPython's
    messages; `defaults` holds the optional parameters' defaults (the last ones)."""
    nargs = len(args)
    total = nargs + len(kwargs)
    if total > len(names):
        raise TypeError('%s takes at most %d arguments (%d given)' % (fname, len(names), total))
    if nargs > positional:
        raise TypeError('%s takes at most %d positional arguments (%d given)' % (fname, positional, nargs))
    required = len(names) - len(defaults)
    values = []
    for i, name in enumerate(names):
        if i < nargs:
            if kwargs and name in kwargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)" % (fname, name, i + 1))
            values.append(args[i])
        elif kwargs and name in kwargs:
            values.append(kwargs[name])
        elif i < required:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (fname, name, i + 1))
        else:
            values.append(defaults[i - required])
    if kwargs:
        for key in kwargs:
            if key not in names:
                where = 'this function' if fname == 'function' else fname
                raise TypeError("'%s' is an invalid keyword argument for %s" % (key, where))
    return values


def _replace_args(args, kwargs, names, values, positional):
    return _parse_args('replace()', args, kwargs, names, values, positional)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _type_name(tz))


def _missing(name, pos):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _round_half_even(num, den):
    """num / den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _check_offset(name, offset):
    """A utcoffset()/dst() result: None or a timedelta strictly inside one day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _type_name(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _type_name(name))
    return name


def _format_offset(offset, sep):
    """'+HH:MM' (with ':SS' and '.ffffff' when needed); '' for None."""
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, microsecond // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z filled in here; the rest is time.strftime's."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % _type_name(fmt))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(offset, '').replace('%', '%%'))
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + code)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    weekday = (_ymd_to_ordinal(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dstflag))


# ---------------------------------------------------------------------------------------------
# timedelta

_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
_TD_DEFAULTS = (0,) * 7
_TD_FIELDS = (('days', _US_PER_DAY), ('seconds', _US_PER_SECOND), ('microseconds', 1),
              ('milliseconds', 1000), ('minutes', 60 * _US_PER_SECOND),
              ('hours', 3600 * _US_PER_SECOND), ('weeks', 7 * _US_PER_DAY))


def _td_from_us(cls, us):
    days, rest = divmod(us, _US_PER_DAY)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DELTA_DAYS))
    seconds, micro = divmod(rest, _US_PER_SECOND)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


class timedelta:
    """A duration: days, seconds and microseconds."""
    __module__ = 'datetime'
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) > 3:
            values = _parse_args('__new__()', args, kwargs, _TD_NAMES, _TD_DEFAULTS, 7)
        else:
            values = args
        whole = 0
        num = 0
        den = 1
        for (name, factor), value in zip(_TD_FIELDS, values):
            if isinstance(value, int):
                whole += int(value) * factor
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (_INF, -_INF):
                    raise OverflowError('cannot convert float infinity to integer')
                n, d = value.as_integer_ratio()
                n *= factor
                # Denominators are powers of two: the larger is a common denominator.
                if d > den:
                    num *= d // den
                    den = d
                else:
                    n *= den // d
                num += n
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, _type_name(value)))
        if num:
            whole += _round_half_even(num, den)
        return _td_from_us(cls, whole)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        if not parts:
            parts.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(parts))

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._to_us())

    def __pos__(self):
        return _td_from_us(timedelta, self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(timedelta, _round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(timedelta, self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if other < 0:
                return _td_from_us(timedelta, _round_half_even(-self._to_us(), -other))
            return _td_from_us(timedelta, _round_half_even(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if n < 0:
                n, d = -n, -d
            return _td_from_us(timedelta, _round_half_even(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _td_from_us(timedelta, -_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _td_from_us(timedelta, (_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(timedelta, 1)


# ---------------------------------------------------------------------------------------------
# date

class IsoCalendarDate(tuple):
    __module__ = 'datetime'
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_cls_name(type(self)) if type(self) is not IsoCalendarDate else 'datetime.IsoCalendarDate', self[0], self[1], self[2])


def _new_date(cls, year, month, day):
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    return cls(year, month, day)


class date:
    """A date of the proleptic Gregorian calendar: year, month and day."""
    __module__ = 'datetime'
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 3:
            args = _parse_args('function', args, kwargs, ('year', 'month', 'day'), (), 3)
        year, month, day = _check_date_fields(*args)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- alternative constructors --

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, _, _, _, _, _ = _timestamp_fields(t, True)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _parse_iso_date(date_string)
        if fields is None or len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # -- fields --

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday], _MONTH_NAMES[self._month - 1],
                                           self._day, self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % _type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        values = _replace_args(args, kwargs, ('year', 'month', 'day'), self._key(), 3)
        return type(self)(*values)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        today = _ymd_to_ordinal(self._year, self._month, self._day)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    # -- comparisons and arithmetic --

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return _new_date(type(self), *_ordinal_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


_MAX_ORDINAL = _ymd_to_ordinal(MAXYEAR, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_iso_calendar(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        has53 = False
        if week == 53:
            first = _ymd_to_ordinal(year, 1, 1) % 7
            has53 = first == 4 or (first == 3 and _is_leap(year))
        if not has53:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(n)


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone information."""
    __module__ = 'datetime'
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None)
        return (type(self), args, state or None)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __module__ = 'datetime'
    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kwargs):
        offset, name = _parse_args('timezone()', args, kwargs, ('offset', 'name'), (_MISSING,), 2)
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % _type_name(offset))
        if name is _MISSING:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % _type_name(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % offset)
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, _type_name(dt)))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None, not %s'
                            % _type_name(dt))
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC


def _local_timezone(t):
    """The machine's zone at POSIX time t, as a fixed-offset timezone."""
    try:
        lt = _time.localtime(t)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)
    except (OverflowError, ValueError, OSError):
        return timezone(timedelta(0), 'UTC')


def _local_offset_seconds(t):
    try:
        return _time.localtime(t).tm_gmtoff
    except (OverflowError, ValueError, OSError):
        return 0


# ---------------------------------------------------------------------------------------------
# time

def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo and fold."""
    __module__ = 'datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, *args, **kwargs):
        hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            'function', args, kwargs, _TIME_NAMES, (0, 0, 0, 0, None, 0), 5)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                    microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        fields = _parse_iso_time(text)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        h, m, s, us, tz = fields
        return cls(h, m, s, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_name(self), text)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def strftime(self, format):
        tt = _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % _type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        values = _replace_args(args, kwargs, _TIME_NAMES, (
            self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold), 5)
        return type(self)(*values[:5], fold=values[5])

    def _cmp(self, other, equality):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 3600 + self._minute * 60 + self._second - myoff // timedelta(seconds=1)
        b = other._hour * 3600 + other._minute * 60 + other._second - otoff // timedelta(seconds=1)
        a = (a, self._microsecond)
        b = (b, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            if not offset:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                total = timedelta(hours=self._hour, minutes=self._minute, seconds=self._second,
                                  microseconds=self._microsecond) - offset
                self._hashcode = hash(total)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# datetime

def _timestamp_fields(t, local):
    """(y, m, d, hh, mm, ss, us, offset) of POSIX timestamp t, in UTC or the machine's zone."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        seconds = int(whole)
    else:
        if not isinstance(t, int):
            t = _index(t)
        seconds = int(t)
        if not -2 ** 63 <= seconds < 2 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
        us = 0
    offset = _local_offset_seconds(seconds) if local else 0
    days, rest = divmod(seconds + offset, 86400)
    n = days + _EPOCH_ORDINAL
    if not 1 <= n <= _MAX_ORDINAL:
        y = _ordinal_to_ymd(n)[0]
        raise ValueError('year %d is out of range' % y)
    y, m, d = _ordinal_to_ymd(n)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us, offset


_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)


class datetime(date):
    """A date with a time of day: date fields plus time fields, tzinfo and fold."""
    __module__ = 'datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        year, month, day, hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            'function', args, kwargs, _DATETIME_NAMES, (0, 0, 0, 0, None, 0), 8)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                    microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- alternative constructors --

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us, _ = _timestamp_fields(t, tz is None)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us, _ = _timestamp_fields(t, False)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _type_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _parse_iso_datetime(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        from _dyad_strptime import strptime_fields
        fields, offset, tzname = strptime_fields(date_string, format)
        tz = None
        if offset is not None:
            tz = timezone(offset, tzname) if tzname else timezone(offset)
        return cls(*fields, tz)

    # -- parts and conversions --

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _build_struct_time(moment.year, moment.month, moment.day, moment.hour,
                                  moment.minute, moment.second, 0)

    def _naive_seconds(self):
        """Seconds since the epoch of the naive fields, read as UTC."""
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def _local_utc_seconds(self):
        """POSIX time of these naive fields read as the machine's local time."""
        t = self._naive_seconds()
        guess = t - _local_offset_seconds(t)
        return t - _local_offset_seconds(guess)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_utc_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                            % _type_name(tz))
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            offset = self.utcoffset()
        if offset is None:
            seconds = self._local_utc_seconds()
            offset = timedelta(seconds=self._naive_seconds() - seconds)
            mytz = _local_timezone(seconds)
            if tz is None:
                return self.replace(tzinfo=mytz)
        if tz is None:
            tz = _local_timezone(int((self - offset).replace(tzinfo=None)._naive_seconds()))
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- text --

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        if parts[6] == 0:
            del parts[6]
            if parts[5] == 0:
                del parts[5]
        text = '%s(%s)' % (_type_name(self), ', '.join(map(str, parts)))
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError('isoformat() argument 1 must be a unicode character, not str')
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % _type_name(sep))
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday], _MONTH_NAMES[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def replace(self, *args, **kwargs):
        values = _replace_args(args, kwargs, _DATETIME_NAMES, (
            self._year, self._month, self._day, self._hour, self._minute, self._second,
            self._microsecond, self._tzinfo, self._fold), 8)
        return type(self)(*values[:8], fold=values[8])

    # -- comparisons and arithmetic --

    def _us(self):
        """Microseconds since 0001-01-01 of the naive fields."""
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * _US_PER_SECOND + self._microsecond)

    def _cmp(self, other, equality):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            a, b = self._us(), other._us()
            return (a > b) - (a < b)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if equality:
            # A time that exists twice (fold) compares unequal to everything in another zone.
            if myoff != self.replace(fold=not self._fold).utcoffset():
                return 2
            if otoff != other.replace(fold=not other._fold).utcoffset():
                return 2
        if myoff is None and otoff is None:
            a, b = self._us(), other._us()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us() - myoff._to_us()
        b = other._us() - otoff._to_us()
        return (a > b) - (a < b)

    def _other(self, other, op):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and op is not None:
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __eq__(self, other):
        if self._other(other, None):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if self._other(other, None):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if self._other(other, '<'):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._other(other, '<='):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._other(other, '>'):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._other(other, '>='):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            us = self._us()
            if offset is not None:
                us -= offset._to_us()
            self._hashcode = hash(us)
        return self._hashcode

    def _plus_us(self, delta_us):
        total = self._us() + delta_us
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ordinal_to_ymd(days)
        seconds, us = divmod(rest, _US_PER_SECOND)
        hh, seconds = divmod(seconds, 3600)
        mm, ss = divmod(seconds, 60)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(-other._to_us())
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._us()
        b = other._us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                a -= myoff._to_us()
                b -= otoff._to_us()
        return _td_from_us(timedelta, a - b)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_BASE_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)


# ---------------------------------------------------------------------------------------------
# ISO 8601 parsing (fromisoformat)

def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        return None
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) of the leading date of text (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
    YYYYWww[D]), or None. Validation of the ranges is left to the constructor."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    if rest[:1] == '-':
        if rest[1:2] == 'W':
            week = _digits(text, 6, 2)
            if week is None:
                return None
            day = 1
            if text[8:9] == '-':
                day = _digits(text, 9, 1)
                if day is None:
                    return None
            return _iso_week_date(year, week, day)
        month = _digits(text, 5, 2)
        day = _digits(text, 8, 2) if text[7:8] == '-' else None
        if month is None or day is None:
            return None
        return year, month, day
    if rest[:1] == 'W':
        week = _digits(text, 5, 2)
        if week is None:
            return None
        day = _digits(text, 7, 1)
        return _iso_week_date(year, week, 1 if day is None else day)
    month = _digits(text, 4, 2)
    day = _digits(text, 6, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _iso_week_date(year, week, day):
    try:
        return _from_iso_calendar(year, week, day)
    except ValueError:
        return None


def _iso_date_length(text):
    if text[4:5] == '-':
        if text[5:6] == 'W':
            return 10 if text[8:9] == '-' else 8
        return 10
    if text[4:5] == 'W':
        return 8 if '0' <= text[7:8] <= '9' else 7
    return 8


def _parse_hms(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]], or None."""
    hour = _digits(text, 0, 2)
    if hour is None:
        return None
    fields = [hour, 0, 0]
    pos = 2
    extended = text[2:3] == ':'
    for i in (1, 2):
        if pos == len(text):
            return fields[0], fields[1], fields[2], 0
        if extended:
            if text[pos] != ':':
                return None
            pos += 1
        value = _digits(text, pos, 2)
        if value is None:
            return None
        fields[i] = value
        pos += 2
    if pos == len(text):
        return fields[0], fields[1], fields[2], 0
    if text[pos] not in '.,':
        return None
    frac = text[pos + 1:]
    if not frac or not all('0' <= c <= '9' for c in frac):
        return None
    us = int((frac + '00000')[:6])
    return fields[0], fields[1], fields[2], us


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of a time with an optional offset."""
    tz = None
    cut = len(text)
    for i, c in enumerate(text):
        if c in '+-Z':
            cut = i
            break
    clock = text[:cut].rstrip(' ') if cut < len(text) else text
    zone = text[cut:]
    hms = _parse_hms(clock)
    if hms is None:
        return None
    if zone:
        if zone == 'Z':
            tz = _UTC
        else:
            off = _parse_hms(zone[1:])
            if off is None:
                return None
            h, m, s, us = off
            delta = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
            if zone[0] == '-':
                delta = -delta
            tz = _UTC if not delta else timezone(delta)
    return hms + (tz,)


def _parse_iso_datetime(text):
    if len(text) < 7:
        return None
    length = _iso_date_length(text)
    ymd = _parse_iso_date(text[:length])
    if ymd is None:
        return None
    if len(text) == length:
        return ymd
    time_text = text[length + 1:]
    if not time_text:
        return None
    parsed = _parse_iso_time(time_text)
    if parsed is None:
        return None
    return ymd + parsed


datetime_CAPI = object()


def _set_tp_names():
    import _dyad_type
    for cls in _BASE_TYPES + (IsoCalendarDate,):
        _dyad_type.set_tp_name(cls, 'datetime.' + cls.__name__)


_set_tp_names()
