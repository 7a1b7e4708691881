# locals() includes cell variables and the free variables a function uses.
def outer():
    a = 1
    b = 2

    def inner():
        c = 3
        return a + c, locals()
    print(sorted(locals()))
    return inner


total, loc = outer()()
print(total, sorted(loc.items()))


def owner():
    cell = 'cell'
    unbound_cell = None
    del unbound_cell

    def uses():
        return cell, unbound_cell
    return sorted(locals())


print(owner())
