# datetime.date and datetime.datetime (naive): constructors and their errors, ordinals,
# weekdays, ISO calendar, arithmetic, comparisons, replace, combine, repr/str/isoformat/ctime,
# timetuple, min/max.
import datetime as D
from datetime import date, datetime, time, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(2020, 2, 29), (2019, 2, 29), (1, 1, 1), (9999, 12, 31), (0, 1, 1), (10000, 1, 1),
             (2020, 0, 1), (2020, 13, 1), (2020, 4, 31), (2020, 1, 0), (2020.0, 1, 1),
             ('2020', 1, 1), (2020, 1), (), (10 ** 20, 1, 1), (2 ** 40, 1, 1), (-2 ** 40, 1, 1)]:
    show(lambda: date(*args))
show(lambda: date(year=2020, month=5, day=17))
show(lambda: date(2020, 1, 1, 1))
show(lambda: date(2020, 1, foo=1))
show(lambda: date(2020, 1, 1, year=1))

days = [date(2020, 1, 1), date(2019, 12, 30), date(2021, 1, 3), date(2015, 12, 31),
        date(2026, 11, 25), date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29),
        date(2008, 12, 29), date(2010, 1, 3), date(1900, 3, 1)]
for d in days:
    print(repr(d), str(d), d.isoformat(), d.ctime(), d.toordinal(), d.weekday(),
          d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week,
          d.timetuple()[:], f'{d}', f'{d:%Y/%m/%d %a %j}', format(d, ''))
    print(date.fromordinal(d.toordinal()) == d, date.fromisocalendar(*d.isocalendar()) == d,
          date.fromisoformat(d.isoformat()) == d)
for n in [1, 2, 365, 366, 730119, 730120, 3652059]:
    print(n, date.fromordinal(n))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromisocalendar(2020, 53, 7))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2021, 0, 1))
show(lambda: date.fromisocalendar(2021, 1, 0))
show(lambda: date.fromisocalendar(10000, 1, 1))

d = date(2020, 1, 31)
print(d + timedelta(days=1), d - timedelta(days=31), timedelta(days=29) + d,
      d + timedelta(hours=47), d - timedelta(hours=1), d - date(2019, 1, 31), date(2019, 1, 31) - d)
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: d + 1)
show(lambda: d - datetime(2020, 1, 1))
show(lambda: d < 5)
show(lambda: d < datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) > d)
print(d == date(2020, 1, 31), d != date(2020, 1, 31), d < date(2020, 2, 1), d >= date(2021, 1, 1),
      d == datetime(2020, 1, 31), d == '2020-01-31', sorted(days)[:3])
print(hash(d) == hash(date(2020, 1, 31)), len({d, date(2020, 1, 31), date(2020, 2, 1)}))
print(d.replace(day=29), d.replace(2021), d.replace(month=2, day=29))
show(lambda: d.replace(month=2))
show(lambda: d.replace(foo=1))
show(lambda: d.replace(2020, 1, 1, 1))
show(lambda: d.replace(2021, year=1))
show(lambda: d.replace(year=None))
print(date.min, date.max, date.resolution, D.MINYEAR, D.MAXYEAR)

# datetime (naive)
for args in [(2020, 1, 2), (2020, 1, 2, 3, 4), (2020, 1, 2, 3, 4, 5), (2020, 1, 2, 3, 4, 5, 6),
             (2020, 1, 2, 0, 0, 0, 1), (2020, 1, 2, 24), (2020, 1, 2, 1, 60), (2020, 1, 2, 1, 1, 60),
             (2020, 1, 2, 1, 1, 1, 10 ** 6), (2020, 1), (2020, 1, 1, 1, 1, 1, 1, None, 1)]:
    show(lambda: datetime(*args))
show(lambda: datetime(2020, 1, 1, fold=2))
show(lambda: datetime(2020, 1, 1, fold=1))
show(lambda: datetime(2020, 1, 1, tzinfo=5))
show(lambda: datetime(2020, 1, 1, foo=1))
dt = datetime(2021, 3, 4, 5, 6, 7, 890123)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' '), dt.ctime(), dt.date(), dt.time(),
      dt.timetz(), dt.weekday(), dt.isocalendar(), dt.toordinal(), dt.utcoffset(), dt.tzname(),
      dt.dst(), dt.tzinfo, dt.fold)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(timespec=spec),
          dt.time().isoformat(spec))
show(lambda: dt.isoformat(timespec='days'))
show(lambda: dt.isoformat('ab'))
show(lambda: dt.isoformat(5))
print(dt.timetuple(), dt.utctimetuple())
print(dt + timedelta(days=1, microseconds=999999), dt - timedelta(weeks=60), dt - datetime(2020, 1, 1),
      datetime(2020, 1, 1) - dt, dt - dt)
print(dt == datetime(2021, 3, 4, 5, 6, 7, 890123), dt > datetime(2021, 3, 4), dt < datetime.max,
      dt == dt.replace(fold=1), hash(dt) == hash(dt.replace(fold=1)), dt == dt.date())
print(dt.replace(year=2000, microsecond=0), dt.replace(hour=0, minute=0, second=0, microsecond=0))
show(lambda: dt.replace(day=32))
show(lambda: dt.replace(tzinfo=1))
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
print(datetime.combine(date(2020, 5, 6), time(7, 8, 9)), repr(datetime.combine(d, time())))
show(lambda: datetime.combine(dt, 5))
show(lambda: datetime.combine(5, time()))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))
print(datetime(2020, 1, 1, 0, 0).__repr__(), datetime(2020, 1, 1, 0, 0, 1).__repr__(),
      datetime(2020, 1, 1, fold=1).__repr__())
print(datetime.fromordinal(737000), datetime.fromisocalendar(2020, 10, 3))
print(isinstance(dt, date), issubclass(datetime, date), type(dt).__name__, type(dt).__module__,
      D.date.__name__, D.datetime.__qualname__, date.__module__)


class Day(date):
    def __repr__(self):
        return 'Day' + str(self)


class Moment(datetime):
    pass


x = Day(2020, 1, 1)
y = Moment(2020, 1, 1, 12)
print(repr(x), repr(x + timedelta(1)), type(x.replace(day=2)).__name__, repr(y),
      type(y + timedelta(1)).__name__, type(y - timedelta(1)).__name__, y - datetime(2020, 1, 1))
