"""Helper module doc."""
__all__ = ["pub", "Klass"]
print("loading helper_mod", __name__)
def pub(): return "pub"
def _priv(): return "priv"
def other(): return "other"
class Klass:
    pass
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def calls_pub():
    return pub()
