total = 0
def outer():
    total = 100
    def inner():
        global total
        total += 1
        return total
    r = inner()
    return r, total
print(outer(), total)
def decl_after():
    exec("pass")
    global later
    later = 1
decl_after()
print(later)
def both():
    global shared
    shared = 'set'
    def reader():
        return shared
    return reader()
print(both())
