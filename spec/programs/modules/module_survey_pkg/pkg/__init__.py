print("pkg init", __name__)
from .sub import subfn
VALUE = 10
