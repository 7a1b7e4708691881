print("pkg.sub loading", __name__, __package__)
def subfn(): return "subfn"
from . import sibling
