class Record:
    def __init__(self, **kw):
        object.__setattr__(self, '_data', dict(kw))
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('get', name))
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        self._data[name] = value
    def __delattr__(self, name):
        self.log.append(('del', name))
        del self._data[name]

r = Record(a=1)
print(r.a)
r.b = 2
print(r.b, r._data)
del r.a
try:
    r.a
except AttributeError as e:
    print(e)
print(getattr(r, 'zz', 'default'))
print(hasattr(r, 'b'), hasattr(r, 'q'))
print(r.log)
