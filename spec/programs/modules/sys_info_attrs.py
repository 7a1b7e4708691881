# sys.implementation, hash_info, flags, float_repr_style, getrefcount and the trace hooks.
import sys
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2])
print(sys.implementation.version.major, type(sys.implementation.hexversion).__name__)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.algorithm)
print(hash(float("inf")) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(sys.hash_info.modulus == 2**61 - 1, hash(sys.hash_info.modulus))
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
print(sys.float_repr_style)
print(type(sys.getrefcount(object())).__name__)
print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder)
