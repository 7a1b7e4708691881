import sys
try:
    print >> sys.stderr, "x"
except TypeError as e:
    print(e)
try:
    print >> 1
except TypeError as e:
    print(e)
try:
    len >> 1
except TypeError as e:
    print(e)
try:
    print << 1
except TypeError as e:
    print(e)
x = print
try:
    x >>= 2
except TypeError as e:
    print(e)
