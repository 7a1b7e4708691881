# def is an assignment executed at run time; the latest binding wins.
def which():
    return 'first'


f1 = which


def which():
    return 'second'


print(f1(), which())
handlers = []
for tag in ('a', 'b'):
    def handler(tag=tag):
        return 'handler ' + tag
    handlers.append(handler)
print([h() for h in handlers], handler())
if True:
    def cond():
        return 'true branch'
else:
    def cond():
        return 'false branch'
print(cond())


def outer():
    def inner():
        return 1
    first = inner

    def inner():
        return 2
    return first(), inner()


print(outer())
