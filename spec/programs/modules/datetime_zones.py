# datetime.time, tzinfo and timezone: fixed offsets and names, aware arithmetic and comparisons
# (naive vs aware errors), astimezone, a user tzinfo with DST, utcoffset validation, timestamps.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (0, 0, 0, 1), (24,), (1, 60), (1, 1, 60),
             (1, 1, 1, 10 ** 6), (1, 2, 3, 4, None, 1), (-1,)]:
    show(lambda: time(*args))
show(lambda: time(fold=2))
show(lambda: time(tzinfo=1))
show(lambda: time(foo=1))
show(lambda: time(1.5))
t = time(13, 5, 9, 120)
print(repr(t), str(t), t.isoformat(), t.isoformat('minutes'), t.strftime('%H|%M|%S|%f|%p|%I'),
      f'{t:%H.%M}', format(t, ''), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold,
      t.utcoffset(), t.dst(), t.tzname(), bool(time()))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), repr(t.replace(fold=1)))
print(time.min, time.max, time.resolution, t < time(14), t == time(13, 5, 9, 120),
      hash(t) == hash(time(13, 5, 9, 120)))
show(lambda: t < 5)
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc),
      time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc),
      time(12, tzinfo=timezone(timedelta(hours=2))) < time(10, 30, tzinfo=timezone.utc))

# timezone
for args in [(timedelta(0),), (timedelta(hours=1),), (timedelta(hours=-5, minutes=-30),),
             (timedelta(seconds=3601, microseconds=5),), (timedelta(hours=1), 'CET'),
             (timedelta(0), 'UTC'), (timedelta(hours=24),), (timedelta(hours=-24),), (5,),
             (timedelta(1), 5), (timedelta(hours=1), 5), ()]:
    def make():
        tz = timezone(*args)
        return tz, str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None)
    show(make)
print(timezone(timedelta(0)) is timezone.utc, timezone.utc is UTC, repr(timezone.min),
      repr(timezone.max), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'),
      timezone.utc == timezone(timedelta(0), 'Z'), timezone.utc == 5,
      hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'X')))
show(lambda: timezone.utc.utcoffset(5))
show(lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))

plus2 = timezone(timedelta(hours=2), 'EET')
minus5 = timezone(timedelta(hours=-5))
a = datetime(2021, 6, 1, 12, 30, tzinfo=plus2)
b = datetime(2021, 6, 1, 5, 30, tzinfo=minus5)
print(repr(a), str(a), a.isoformat(), a.utcoffset(), a.tzname(), a.dst(), a.timetz())
print(a == b, a - b, b - a, a < b, hash(a) == hash(b), a.astimezone(timezone.utc),
      b.astimezone(plus2), a.astimezone(minus5) == a, a.timestamp(), b.timestamp(),
      a.utctimetuple(), a.timetuple())
print(a + timedelta(hours=12), (a + timedelta(hours=12)).tzinfo is plus2)
naive = datetime(2021, 6, 1, 10, 30)
print(naive == a, naive != a)
show(lambda: naive < a)
show(lambda: naive - a)
show(lambda: a - naive)
print(datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2019, 12, 31, 23, tzinfo=minus5))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=1, microseconds=1))).isoformat())
print(datetime(2000, 1, 1, tzinfo=timezone(-timedelta(minutes=90))).strftime('%z|%Z|%%z'))


class Eastern(tzinfo):
    """US Eastern with the 2007 DST rules, for the fromutc/dst machinery."""

    def _dst_bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


east = Eastern()
for moment in [datetime(2021, 3, 14, 6, 59, tzinfo=timezone.utc), datetime(2021, 3, 14, 7, tzinfo=timezone.utc),
               datetime(2021, 7, 4, 16, tzinfo=timezone.utc), datetime(2021, 12, 25, tzinfo=timezone.utc)]:
    local = moment.astimezone(east)
    print(repr(local), local.tzname(), local.utcoffset(), local.dst(), local.isoformat(),
          local.strftime('%Y-%m-%d %H:%M %Z %z'), local.timetuple().tm_isdst, local == moment)
show(lambda: datetime(2021, 1, 1, tzinfo=east).fromutc(datetime(2021, 1, 1)))


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


for value in [5, timedelta(hours=24), timedelta(hours=-25), None, timedelta(minutes=30, seconds=1)]:
    show(lambda: datetime(2020, 1, 1, tzinfo=Bad(value)).utcoffset())
    show(lambda: datetime(2020, 1, 1, tzinfo=Bad(value)).tzname())

# timestamps (the corpus runs with TZ unset: the machine's zone, UTC)
for ts in [0, 1, 1.5, -1.5, 1e9, 1234567890.123456, 1234567890.9999996, -86400 * 365.25 * 30,
           253402200000, 2 ** 31, 0.0000005, 0.0000015]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)),
          repr(datetime.fromtimestamp(ts, plus2)))
print(date.fromtimestamp(86400 * 365), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp(),
      datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC).timestamp())
show(lambda: datetime.utcfromtimestamp(float('nan')))
show(lambda: datetime.utcfromtimestamp(1e20))
show(lambda: datetime.utcfromtimestamp(-1e12))
show(lambda: datetime.utcfromtimestamp(253402300800))
show(lambda: datetime.fromtimestamp(0, 5))
show(lambda: datetime.utcfromtimestamp('0'))
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.now(timezone.utc).tzinfo).__name__,
      type(date.today()).__name__, type(datetime.utcnow()).__name__, datetime.today().year > 2000)
