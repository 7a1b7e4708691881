# Two closures over the same variable share one cell; rebinding is seen by both and by the owner.
def outer():
    value = 'initial'

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    print(get())
    set_('from setter')
    print(value)
    value = 'from owner'
    print(get())
    return get, set_


get, set_ = outer()
set_('after return')
print(get())
print(get.__closure__[0] is set_.__closure__[0])
print(get.__code__.co_freevars, set_.__code__.co_freevars)
