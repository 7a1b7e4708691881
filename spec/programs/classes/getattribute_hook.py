# __getattribute__ intercepts every attribute access; object.__getattribute__ does the real work.
class Logged:
    def __init__(self):
        self.value = 42

    def __getattribute__(self, name):
        if not name.startswith('_'):
            print('get', name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.value


o = Logged()
print(o.value)
print(o.method())


class Fallback:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback:' + name

    secret = 'class secret'


f = Fallback()
print(f.secret, f.anything)
print(type(f).__name__)
