# eval accepts any mapping as locals; lookups go through __getitem__.
class Recorder:
    def __init__(self):
        self.asked = []

    def __getitem__(self, key):
        self.asked.append(key)
        if key.startswith('n'):
            return len(key)
        raise KeyError(key)


r = Recorder()
print(eval('n + nn * nnn', {}, r))
print(r.asked)
print(eval('len("abc") + n', {}, r))
print(r.asked[-2:])
try:
    eval('missing', {}, r)
except NameError as e:
    print(type(e).__name__, e)
print(eval('x + y', {'x': 1}, {'y': 2}))
print(eval('x', {'x': 'global'}, {'x': 'local'}))
