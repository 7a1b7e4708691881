# print(): sep, end, file and flush, and how values are converted.
import sys

print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('no newline', end='|')
print('next', end='\n\n')
print(1, 2.0, None, True, [1], 'str', b'b', sep=', ')
print('to stdout', file=sys.stdout, flush=True)
print(*range(5), sep=' < ')
print('x', sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc'), end='\n')
