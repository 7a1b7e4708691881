# str.translate through a table other than an exact dict makes its lookups as CPython does: an
# ASCII string caches each ASCII result until one cannot be cached (not one ASCII character),
# then every character is looked up as it comes, a deleted one followed by lookups of the next
# until one is kept. str.maketrans(x) takes only an exact dict.
class T:
    def __init__(self, m): self.m = m
    def __getitem__(self, k):
        print('get', k, end='; ')
        v = self.m.get(k, LookupError)
        if v is LookupError: raise LookupError(k)
        return v
tables = [{97: 'A'}, {97: 'AA'}, {97: None}, {97: None, 98: None}, {98: 'é'}, {97: 200}, {97: 66}, {}, {97: 'A', 98: 'BB'}, {99: None, 97: 'x'}, {97: 1.5}, {97: -1}, {97: 0x110000}, {97: True}]
for m in tables:
    for s in ['abcab', 'aabbcc', 'éab', 'ba', '', 'aaa', 'cab\U0001f40da']:
        try:
            r = s.translate(T(m))
            print('=>', repr(r))
        except Exception as e:
            print('=>', type(e).__name__, e)
class D(dict):
    def __getitem__(self, k):
        print('D', k, end='; ')
        return dict.__getitem__(self, k)
    def __missing__(self, k):
        raise KeyError(k)
print('abca'.translate(D({97: 'xy'})), 'abca'.translate(D({97: 'x'})), 'éa'.translate(D()))
for m in [D(a=1), {'a': 1}]:
    try: print(str.maketrans(m))
    except TypeError as e: print(type(e).__name__, e)
print('abc'.translate([None, 'x'] * 60), 'abc'.translate('xyz' * 40))
