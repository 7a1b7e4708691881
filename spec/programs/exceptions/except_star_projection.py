# What an except* statement re-raises is always a new group made by derive() (CPython's
# exception_group_projection), never the original object, with __suppress_context__ set and
# its own copy of __notes__; a subclass without derive() comes back as a plain ExceptionGroup.
import traceback

eg = ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2)])])
m, r = eg.split(OSError)
print(m, r is eg, r.exceptions[1] is eg.exceptions[1], r.__suppress_context__)
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(BaseException) is eg)


def outcome(*handlers):
    try:
        try:
            raise eg
        except* ValueError:
            if "V" in handlers:
                raise
        except* TypeError:
            if "T" in handlers:
                raise
        except* OSError:
            pass
    except ExceptionGroup as e:
        return repr(e), e is eg, e.__suppress_context__, [x is y for x, y in zip(e.exceptions, eg.exceptions)]
    return "handled"


for hs in [(), ("V",), ("T",), ("V", "T")]:
    print(hs, outcome(*hs))
try:
    try:
        raise eg
    except* OSError:
        pass
except ExceptionGroup as e:
    print("unmatched", e is eg, e.__suppress_context__, e.exceptions[1] is eg.exceptions[1])


class MyEG(ExceptionGroup):
    pass


class LoudEG(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return LoudEG("d:" + self.message, excs)


for cls in (MyEG, LoudEG):
    for handler in range(3):
        try:
            try:
                raise cls("m", [ValueError(1), TypeError(2), cls("n", [ValueError(3)])])
            except* ValueError as e:
                print("matched", type(e).__name__, repr(e))
                if handler == 1:
                    raise
                if handler == 2:
                    raise KeyError("new")
        except BaseException as e:
            print("out", type(e).__name__, repr(e), e.__suppress_context__)

noted = ExceptionGroup("notes", [ValueError(1), TypeError(2)])
noted.add_note("hello")
try:
    try:
        raise noted
    except* ValueError as e:
        print(e.__notes__, e.__notes__ is noted.__notes__)
        e.add_note("only on the match")
        raise
except ExceptionGroup as e:
    print(e.__notes__, noted.__notes__)


# The group raised in a handler has that handler's exception as context, but the re-raised
# projection has __suppress_context__ set: the printed traceback shows no context.
def raise_in_handler():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise ExceptionGroup("in handler", [TypeError("t"), e])


try:
    try:
        raise_in_handler()
    except* TypeError:
        raise
except ExceptionGroup as e:
    print(repr(e.__context__), e.__suppress_context__)
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
