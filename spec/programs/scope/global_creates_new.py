# A global statement lets a function create a module global that did not exist.
def define():
    global created
    created = 'hello'


try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)
define()
print(created)
print('created' in globals())


def declare_only():
    global never_assigned
    return never_assigned


try:
    declare_only()
except NameError as e:
    print(type(e).__name__, e)


def delete():
    global created
    del created


delete()
print('created' in globals())
try:
    delete()
except NameError as e:
    print(type(e).__name__, e)
