import time
ts = [0, 86399, 951782400, 1700000000, 2**31, -1, 1e9 + 0.5, 4102444800, 1234567890]
dirs = 'aAbBcdHIjmMpSUwWxXyYZz%GuVgCDeFhnRrTtsklP'
for t in ts:
    g = time.gmtime(t)
    print(t, tuple(g), time.asctime(g))
    out = []
    for d in dirs:
        try:
            out.append(time.strftime('%' + d, g))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(' | '.join(out))
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(1e9)), time.strftime('', time.gmtime(0)), time.strftime('plain text', time.gmtime(0)), time.strftime('%', time.gmtime(0)) if False else '')
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 61, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0)]:
    try:
        print(time.strftime('%Y %m %d %H %M %S %a %j', bad))
    except Exception as e:
        print(type(e).__name__, e)
for t in [1e20, float('nan'), float('inf'), 'x', -1e20]:
    try:
        print(time.gmtime(t))
    except Exception as e:
        print(type(e).__name__, e)
print(time.gmtime().tm_year >= 2024, time.localtime(0).tm_isdst in (0, 1, -1), isinstance(time.ctime(), str), time.mktime(time.gmtime(0)) == -time.timezone if time.daylight == 0 else 'dst')
s = time.struct_time((2000, 2, 29, 12, 30, 45, 1, 60, 0)); print(s.tm_mday, s[2], s[:3], s.count(0) if hasattr(s, 'count') else '', s == (2000, 2, 29, 12, 30, 45, 1, 60, 0), repr(s))
print(time.strptime('2024-03-05', '%Y-%m-%d')[:7], time.strptime('10:20', '%H:%M').tm_hour)
try:
    time.strptime('2024-13-05', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
