# -*- coding: bogus-codec -*-
# A script whose coding cookie names no codec: CPython refuses it before running anything.
print("never printed")
