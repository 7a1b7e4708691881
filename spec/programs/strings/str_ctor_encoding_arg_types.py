# str() checks that encoding and errors are str even when no object is given:
# str(errors=5) is a TypeError, str(errors='strict') is ''.
class S(str):
    pass

calls = [
    lambda: str(errors=int),
    lambda: str(encoding=5),
    lambda: str(encoding=None),
    lambda: S(errors=b'x'),
    lambda: str(errors='strict'),
    lambda: str(encoding='ascii'),
    lambda: S(encoding='ascii', errors='ignore'),
    lambda: str(1, errors=5),
    lambda: str(1, errors='strict'),
    lambda: str(b'a', errors='strict'),
]
for call in calls:
    try:
        r = call()
        print(type(r).__name__, repr(r))
    except TypeError as e:
        print('TypeError:', e)
