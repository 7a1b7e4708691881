# A class's __name__ / __qualname__ may be set to an instance of a str subclass; other
# values, and a name with a NUL character, are refused.


class Name(str):
    pass


class C:
    pass


C.__name__ = Name('Renamed')
C.__qualname__ = Name('Outer.Renamed')
print(C.__name__ == 'Renamed', C.__qualname__ == 'Outer.Renamed', repr(C))
for bad in (5, None, b'x'):
    try:
        C.__name__ = bad
    except TypeError as e:
        print('TypeError:', e)
    try:
        C.__qualname__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    C.__name__ = 'a\0b'
except ValueError as e:
    print('ValueError:', e)
print(C.__name__)
