# Exception subclasses with custom __init__ and __str__.
class AppError(Exception):
    pass


class HTTPError(AppError):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f'{self.code} {self.reason}'


class Silent(AppError):
    def __init__(self):
        pass


try:
    raise HTTPError(404, 'Not Found')
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))
s = Silent()
print(s.args, repr(str(s)), repr(s))
e2 = AppError('one', 2)
print(str(e2), repr(e2), e2.args)
print(str(AppError()), repr(AppError()))
print(str(AppError('solo')), repr(AppError('solo')))
print(HTTPError.__mro__[1:])
