#!/usr/bin/env python3
# vim: set fileencoding=utf-16 :
# A codec that is not ASCII-compatible cannot decode a script.
print("never printed")
