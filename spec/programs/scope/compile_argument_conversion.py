# compile()'s arguments are converted in order before any is checked: filename (str, bytes or
# os.PathLike), mode (a str: "compile() argument 'mode' must be str, not int"), then flags,
# dont_inherit, optimize and _feature_version as C ints (TypeError for a non-integer,
# OverflowError past 32 bits). Dyad ignored dont_inherit's and _feature_version's types, did not
# range-check the ints and reported a non-str mode as a bad mode value.
class Idx:
    def __index__(self):
        return 1


class StrSub(str):
    pass


def T(src):
    try:
        r = eval(src)
        print(src, '->', type(r).__name__)
    except BaseException as e:
        print(src, '->', type(e).__name__, e)


for src in [
    "compile('1', 'f', 5)", "compile('1', 'f', None)", "compile('1', 'f', StrSub('eval'))",
    "compile('1', 'f', 'bad', flags='x')", "compile('1', 'f', 'exec', flags=1.5)",
    "compile('1', 'f', 'exec', flags=2**40)", "compile('1', 'f', 'exec', flags=-1)",
    "compile('1', 'f', 'exec', dont_inherit='x')", "compile('1', 'f', 'exec', dont_inherit=None)",
    "compile('1', 'f', 'exec', dont_inherit=2**40)", "compile('1', 'f', 'exec', dont_inherit=True)",
    "compile('1', 'f', 'exec', dont_inherit=Idx())", "compile('1', 'f', 'exec', optimize='x', dont_inherit='y')",
    "compile('1', 'f', 'exec', optimize=2**40)", "compile('1', 'f', 'exec', optimize=Idx())",
    "compile('1', 'f', 'exec', _feature_version='x')", "compile('1', 'f', 'exec', _feature_version=8)",
    "compile('1', 5, 'exec')", "compile(5, 'f', 'bad')", "compile(5, 'f', 'exec')",
]:
    T(src)
