class E(Exception):
    pass
try:
    raise E()
except E as e:
    raise TypeError() from e
