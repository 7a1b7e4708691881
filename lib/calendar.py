"""Calendars as data, text and HTML (Dyad's calendar, behaving as CPython 3.11's).

Calendar produces the weeks of a month (days of the neighbouring months filling the first and
last week, or 0 for "no day") starting on `firstweekday`; TextCalendar and HTMLCalendar lay
them out. The module functions use one shared TextCalendar whose first weekday
setfirstweekday() changes. Names of days and months are the C locale's.
"""

import datetime
import sys
from itertools import repeat

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday',
           'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month',
           'prcal', 'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar',
           'LocaleHTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
           'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday


January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# Days per month of a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


class _NameTable:
    """A read-only sequence of day or month names: entry k is the strftime of a sample date
    (or '' where there is none), formatted when it is read."""

    def __init__(self, format):
        self.format = format

    def _name(self, k):
        sample = self._samples[k]
        return '' if sample is None else sample.strftime(self.format)

    def __getitem__(self, i):
        # Indexes and slices as a list's (and its IndexError), resolved on the sample positions.
        picked = list(range(len(self._samples)))[i]
        if isinstance(picked, list):
            return [self._name(k) for k in picked]
        return self._name(picked)

    def __len__(self):
        return len(self._samples)


class _localized_month(_NameTable):
    """Month names; index 0 is ''."""
    _samples = [None] + [datetime.date(2001, m, 1) for m in range(1, 13)]


class _localized_day(_NameTable):
    """Day names, Monday first (2001-01-01 was a Monday)."""
    _samples = [datetime.date(2001, 1, d) for d in range(1, 8)]


day_name, day_abbr = _localized_day('%A'), _localized_day('%a')
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')


def isleap(year):
    """Is year a leap year of the Gregorian calendar?"""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The weekday (0 is Monday) of year-month-day; years outside 1..9999 repeat every 400
    (the Gregorian cycle), so they are moved into 2000..2399."""
    in_range = datetime.MINYEAR <= year <= datetime.MAXYEAR
    return datetime.date(year if in_range else year % 400 + 2000, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def _shift_month(year, month, by):
    """(year, month) `by` months (-1 or 1) away."""
    y, m0 = divmod(year * 12 + month - 1 + by, 12)
    return y, m0 + 1


class Calendar:
    """The weeks of months and years, as dates, day numbers or (day, weekday) pairs."""

    def __init__(self, firstweekday=0):
        self.setfirstweekday(firstweekday)

    # The value is kept as given (any int) and read modulo 7.
    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    firstweekday = property(lambda self: self.getfirstweekday(), lambda self, v: self.setfirstweekday(v))

    def iterweekdays(self):
        """The weekday numbers of one week, starting at firstweekday."""
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def _padding(self, year, month):
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        return before, ndays, after

    def itermonthdates(self, year, month):
        """datetime.date objects for every day of the month's complete weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's complete weeks, 0 for days outside the month."""
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs; day number 0 outside the month."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day of the month's complete weeks."""
        before, ndays, after = self._padding(year, month)
        py, pm = _shift_month(year, month, -1)
        last = _monthlen(py, pm)
        spans = ((py, pm, last - before + 1, last), (year, month, 1, ndays))
        spans += (_shift_month(year, month, 1) + (1, after),)
        for y, m, first, final in spans:
            for d in range(first, final + 1):
                yield y, m, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every day of the month's complete weeks."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


class TextCalendar(Calendar):
    """Plain-text calendars: days `w` wide, `l` lines per week."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = '%s %r' % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        out = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap,
               self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week, w).rstrip())
            out.append(gap)
        return ''.join(out)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        gap = '\n' * l
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring((header for _ in months), colwidth, c).rstrip())
            out.append(gap)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for (d, wd) in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        text = '%s %s' % (month_name[themonth], theyear) if withyear else '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
               '\n', self.formatmonthname(theyear, themonth, withyear=withyear), '\n',
               self.formatweekheader(), '\n']
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week))
            out.append('\n')
        out.append('</table>')
        out.append('\n')
        return ''.join(out)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
               '\n', '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for i in range(1, 13, width):
            out.append('<tr>')
            for m in range(i, min(i + width, 13)):
                out.append('<td>')
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append('</td>')
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        out = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
               '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
               '<html>\n', '<head>\n',
               '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            out.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        out.append('<title>Calendar for %d</title>\n' % theyear)
        out.append('</head>\n')
        out.append('<body>\n')
        out.append(self.formatyear(theyear, width))
        out.append('</body>\n')
        out.append('</html>\n')
        return ''.join(out).encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Context manager switching LC_TIME (Dyad has only the C locale: names stay English)."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        return None

    def __exit__(self, *args):
        return None


def _get_default_locale():
    return None


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a locale (day and month names are the C locale's in Dyad)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale if locale is not None else _get_default_locale()


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a locale (day and month names are the C locale's in Dyad)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale if locale is not None else _get_default_locale()


# The module-level functions are the bound methods of one shared TextCalendar.
c = TextCalendar()


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


for _name, _method in (('firstweekday', 'getfirstweekday'), ('monthcalendar', 'monthdayscalendar'),
                       ('prweek', 'prweek'), ('week', 'formatweek'), ('weekheader', 'formatweekheader'),
                       ('prmonth', 'prmonth'), ('month', 'formatmonth'), ('calendar', 'formatyear'),
                       ('prcal', 'pryear')):
    globals()[_name] = getattr(c, _method)
del _name, _method

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints columns centred in colwidth, spacing spaces apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Columns centred in colwidth and joined by spacing spaces."""
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


def timegm(tuple):
    """POSIX time of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args=None):
    """The command line: `calendar [-w W] [-l L] [-s S] [-m M] [-c C] [-t text|html] [year [month]]`."""
    argv = list(sys.argv[1:] if args is None else args[1:])
    options = {'w': 2, 'l': 1, 's': 6, 'm': 3, 'c': 'calendar.css', 't': 'text', 'e': None}
    positional = []
    names = {'--width': 'w', '--lines': 'l', '--spacing': 's', '--months': 'm', '--css': 'c',
             '--type': 't', '--encoding': 'e'}
    i = 0
    while i < len(argv):
        arg = argv[i]
        key = names.get(arg) or (arg[1] if len(arg) == 2 and arg[0] == '-' and arg[1] in options else None)
        if key is not None:
            value = argv[i + 1]
            options[key] = value if key in 'cte' else int(value)
            i += 2
        else:
            positional.append(arg)
            i += 1
    today = datetime.date.today()
    if options['t'] == 'html':
        cal = HTMLCalendar()
        year = int(positional[0]) if positional else today.year
        encoding = options['e'] or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, options['m'], options['c'], encoding))
        return
    cal = TextCalendar()
    if not positional:
        result = cal.formatyear(today.year, options['w'], options['l'], options['s'], options['m'])
    elif len(positional) == 1:
        result = cal.formatyear(int(positional[0]), options['w'], options['l'], options['s'], options['m'])
    else:
        result = cal.formatmonth(int(positional[0]), int(positional[1]), options['w'], options['l'])
    print(result, end='')


if __name__ == '__main__':
    main(sys.argv)
