# An uncaught AttributeError on a module suggests a close module attribute.
import math
print(math.floor(2.5))
print(math.flor(2.5))
