# An uncaught NameError for a free variable read before the enclosing function binds it.
def outer():
    def inner():
        return pending_result_value
    print('calling inner too early')
    inner()
    pending_result_value = 1


outer()
