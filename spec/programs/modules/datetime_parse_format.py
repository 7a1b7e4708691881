# datetime text: strftime directives (incl. %f %z %Z), __format__, fromisoformat (the ISO 8601
# forms 3.11 accepts, and rejected strings), strptime (directives, %z forms, week numbers,
# ISO weeks, errors).
from datetime import date, datetime, time, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dt = datetime(2009, 7, 5, 8, 9, 3, 4005, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
for code in 'aAbBcdfHIjmMpSUwWxXyYzZGuV%':
    print(code, dt.strftime('%' + code), date(2021, 1, 3).strftime('%' + code),
          datetime(1999, 12, 31, 23, 59, 59).strftime('%' + code))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z (%Z) %% done'), f'{dt:%d %B %Y}', f'{dt}', f'{dt:}')
print(date(5, 1, 1).strftime('%Y|%y'), datetime(2020, 1, 1).strftime('[%z][%Z]'),
      time(1, 2).strftime('%H %M %f %z'), time(1, 2, tzinfo=timezone.utc).strftime('%z %Z'))
show(lambda: dt.strftime(5))
show(lambda: format(dt, 5))

good = ['2020-01-02', '20200102', '2020-W01', '2020-W01-3', '2020W01', '2020W013',
        '2020-01-02T03:04:05', '2020-01-02 03:04', '2020-01-02T03', '2020-01-02T0304',
        '2020-01-02T030405', '2020-01-02T03:04:05.1', '2020-01-02T03:04:05,123456789',
        '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+01', '2020-01-02T03:04:05+0130',
        '2020-01-02T03:04:05-01:30:15.5', '20200102T030405', '2020-01-02x03:04',
        '2020W013T01', '2020-W01-3T01:02', '2020-01-02T03:04:05.123+01:00',
        '2020-01-02T03:04:05.1234567', '2020-01-02T03:04:05+00:00']
bad = ['2020-1-2', '2020-01-02 ', '2020-001', '+2020-01-02', '2020-01-02T', '2020-01-0203:04',
       '2020-01-02T3:04', '2020-01-02T03:04:05.', '2020-01-02T24:00', '2020-13-01',
       '2020-01-02T03:04:05+24:00', '', 'x', '2021-W53', '2020-02-30']
for text in good + bad:
    show(lambda: datetime.fromisoformat(text))
for text in ['2020-01-02', '20200102', '2020-W10-1', '2020-01-02T00:00', '2020-1-02', '2020-02-30']:
    show(lambda: date.fromisoformat(text))
for text in ['03:04', '03', '0304', '03:04:05.123', 'T03:04', '03:04:05+01:00', '03:04:05Z',
             '03:04:05.1234567', '3:04', '03:4', '03:04:05,5', '25:00', '']:
    show(lambda: time.fromisoformat(text))
show(lambda: date.fromisoformat(20200102))
show(lambda: datetime.fromisoformat(None))
for d in [datetime(2020, 5, 6, 7, 8, 9, 10), datetime(1, 1, 1), dt, datetime.max]:
    print(datetime.fromisoformat(d.isoformat()) == d, datetime.fromisoformat(str(d)) == d)

strp = [
    ('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'),
    ('04/03/20', '%d/%m/%y'), ('04/03/69', '%d/%m/%y'), ('04/03/68', '%d/%m/%y'),
    ('Tuesday 5 May 2015 3pm', '%A %d %B %Y %I%p'), ('tue, 05 may 2015 12:30 AM', '%a, %d %b %Y %I:%M %p'),
    ('12:00 PM', '%I:%M %p'), ('2020-100', '%Y-%j'), ('1.5', '%S.%f'), ('0.123456', '%S.%f'),
    ('2021 10 1', '%Y %W %w'), ('2021 10 0', '%Y %U %w'), ('2021 0 3', '%Y %W %w'),
    ('2021 00 6', '%Y %U %w'), ('2020 53 5', '%G %V %u'), ('2021-W01-1', '%G-W%V-%u'),
    ('10:30 +0530', '%H:%M %z'), ('10:30 -05:00', '%H:%M %z'), ('10:30 Z', '%H:%M %z'),
    ('10:30 +013015', '%H:%M %z'), ('10:30 +01:30:15.5', '%H:%M %z'),
    ('10:30 UTC', '%H:%M %Z'), ('10:30 +0200 CEST', '%H:%M %z %Z'), ('10:30 +0000 UTC', '%H:%M %z %Z'),
    ('Mon Jan  6 10:00:00 2020', '%c'), ('01/06/20', '%x'), ('10:11:12', '%X'),
    ('  2020   5', '%Y %m'), ('2020%05', '%Y%%%m'), ('20200506', '%Y%m%d'), ('2020', '%Y'),
    ('Feb 29', '%b %d'), ('2020 Feb 29', '%Y %b %d'), ('5', '%d'), (' 5', '%d'),
    ('2020-03-04', '%Y-%m-%d %H'), ('2020-03-04 10', '%Y-%m-%d'), ('2020-13-01', '%Y-%m-%d'),
    ('10:30 +01:3015', '%H:%M %z'), ('x', '%Q'), ('x', '%'), ('2020 2020', '%Y %Y'),
    ('2020 2021', '%Y %Y'), ('2021 10', '%G %V'), ('2021 10 1', '%Y %V %u'),
]
for text, fmt in strp:
    show(lambda: datetime.strptime(text, fmt))
show(lambda: datetime.strptime(5, '%Y'))
show(lambda: datetime.strptime('2020', 5))
