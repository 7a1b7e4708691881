# int.__format__ with a float presentation type formats PyNumber_Float(self): an int
# subclass's own __float__ (its errors too).
class Bad(int):
    def __float__(self):
        return 'x'

class Good(int):
    def __float__(self):
        return 7.5

class Plain(int):
    pass

for v in (Bad(3), Good(3), Plain(3), True):
    for spec in ('.2f', 'e', '%', 'g', 'G', 'F', '', 'd', 'x', '>5'):
        try:
            print(type(v).__name__, repr(spec), repr(format(v, spec)))
        except Exception as e:
            print(type(v).__name__, repr(spec), type(e).__name__, e)
    try:
        print('{:.1f}'.format(v), f'{v:10.3e}')
    except Exception as e:
        print(type(e).__name__, e)
