counter = 1
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
del counter
try:
    print(counter)
except NameError as e:
    print(e)
def make():
    global created
    created = "yes"
make()
print(created)
def deleter():
    global created
    del created
deleter()
print('created' in globals())
try:
    deleter()
except NameError as e:
    print(e)
