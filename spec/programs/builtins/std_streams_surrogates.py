# Lone surrogates on the standard streams: stdout (UTF-8, 'surrogateescape') raises
# UnicodeEncodeError for them (print writes each object on its own, so earlier ones are out);
# stderr ('backslashreplace') shows them escaped, tracebacks included.
import sys
print('a')
s = '\ud800'
print(len(s), repr(s), ascii(s))
try:
    print(s)
except UnicodeEncodeError as e:
    print('UEE', e)
try:
    sys.stdout.write('ok\ud801z\n')
except UnicodeEncodeError as e:
    print('UEE', e.start, e.end, e.reason)
try:
    print('a', 'b\udbff', 'c')
except UnicodeEncodeError as e:
    print('|', e.start, e.object == 'b\udbff')
print(sys.stdout.errors, sys.stderr.errors)
print('end', s.encode('utf-8', 'surrogatepass'))
sys.stderr.write('e\ud800\n')
raise ValueError('bad \udc80 x')
