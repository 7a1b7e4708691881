PREFIX = 'Hello'


def helper(name):
    return name.title()


def greet(name):
    return f'{PREFIX}, {helper(name)}!'


def set_prefix(p):
    global PREFIX
    PREFIX = p
