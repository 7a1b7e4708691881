# calendar: module functions (leap years, weekday, monthrange, monthcalendar, timegm, names),
# Calendar iterators with other first weekdays, TextCalendar month/year layouts with widths
# and spacing, HTMLCalendar tables and page, and the errors.
import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2024),
      calendar.leapdays(2024, 1900), calendar.weekday(2024, 2, 29), calendar.weekday(10000, 1, 1),
      calendar.weekday(-5, 3, 1), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2),
      calendar.monthrange(1, 1), calendar.monthrange(9999, 12))
print(calendar.monthcalendar(2024, 2))
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)),
      calendar.timegm(datetime.datetime(2001, 9, 9, 1, 46, 40).utctimetuple()))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name),
      list(calendar.month_abbr), calendar.month_name[1:4], calendar.day_abbr[-1], len(calendar.month_name),
      len(calendar.day_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.EPOCH, calendar.mdays, calendar.January, calendar.February,
      calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(3), calendar.weekheader(1),
      calendar.weekheader(9), calendar.weekheader(12))
print(calendar.__all__)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 13),
            lambda: calendar.weekday(2024, 2, 30)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))

cal = calendar.Calendar(6)
print(cal.firstweekday, list(cal.iterweekdays()), list(cal.itermonthdays(2024, 3)))
print(list(cal.itermonthdays2(2024, 3))[:9], list(cal.itermonthdays3(2024, 3))[:8])
print(list(cal.itermonthdays4(2023, 12))[-8:], [str(d) for d in cal.itermonthdates(2024, 1)][:8])
print(cal.monthdayscalendar(2021, 2), cal.monthdays2calendar(2021, 2)[0])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardays2calendar(2024, 4)), len(cal.yeardatescalendar(2024, 5)),
      cal.yeardatescalendar(2024)[0][0][0])
cal.firstweekday = 9
print(cal.firstweekday, cal.getfirstweekday(), list(calendar.Calendar(3).iterweekdays()))

print(calendar.month(2024, 2), end='')
print(calendar.month(2024, 2, 4, 2), end='')
print(calendar.month(2021, 8, 9), end='')
print(calendar.month(1, 1), calendar.month(9999, 12, 1, 0), end='')
calendar.prmonth(2023, 10)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.prmonth(2023, 10)
print(calendar.monthcalendar(2023, 10))
calendar.setfirstweekday(0)
print(calendar.calendar(2023), end='')
print(calendar.calendar(2024, 3, 1, 2, 4), end='')
calendar.prcal(1999, 2, 2, 8, 6)
tc = calendar.TextCalendar(2)
print(tc.formatyear(2020, m=2), end='')
tc.prweek([(1, 2), (2, 3), (0, 4)], 3)
print()
print(repr(tc.formatmonthname(2020, 5, 20)), repr(tc.formatmonthname(2020, 5, 20, False)),
      repr(tc.formatday(0, 1, 4)), repr(tc.formatday(7, 1, 4)), repr(calendar.week([(3, 0), (0, 1)], 2)),
      repr(calendar.formatstring(['a', 'bb'], 4, 2)))
calendar.format(['x', 'y'], 3, 1)

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2), end='')
print(hc.formatmonth(2024, 2, withyear=False), end='')
print(hc.formatyear(2023, 4))
print(calendar.HTMLCalendar(6).formatyearpage(2024, 6).decode())
print(hc.formatyearpage(2022, css=None, encoding='ascii')[:200])
print(hc.formatday(0, 3), hc.formatday(5, 6), hc.formatweekday(2), hc.formatweekheader(), hc.formatmonthname(2020, 1))


class Custom(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'none'


print(Custom(1).formatmonth(2022, 5), end='')
ltc = calendar.LocaleTextCalendar(0, 'C')
print(ltc.formatmonth(2022, 5), end='')
print(calendar.LocaleHTMLCalendar(0, 'C').formatweekheader())
