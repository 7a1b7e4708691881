# Argument errors that count keywords: str()/bytes()/bytearray() with too many arguments
# report the total of positional and keyword arguments given; int.__round__ / float.__round__
# refuse keywords under the defining type's name (a subclass or bool included) while their
# positional count error says "__round__".
class MI(int):
    pass


class MF(float):
    pass


calls = [
    lambda: str('a', 'b', 'c', 'd', x=1),
    lambda: str('a', 'b', 'c', 'd'),
    lambda: bytes('a', 'b', 'c', 'd', encoding='ascii'),
    lambda: bytearray('a', 'b', 'c', 'd', errors='strict'),
    lambda: str('a', 'utf-8', 'strict', errors='strict'),
    lambda: str(b'a', 'ascii', bogus=1),
    lambda: MI(5).__round__(x=1),
    lambda: int.__round__(5, ndigits=1),
    lambda: True.__round__(ndigits=1),
    lambda: MF(1.5).__round__(n=1),
    lambda: float.__round__(1.5, ndigits=1),
    lambda: (5).__round__(1, 2),
    lambda: (5.0).__round__(1, 2),
    lambda: round(2.5, ndigits=0),
    lambda: round(number=7, ndigits=-1),
]
for f in calls:
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
