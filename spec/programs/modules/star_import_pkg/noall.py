import sys as _sys_alias
public_value = 1
_private_value = 2


def public_function():
    return 'public'
