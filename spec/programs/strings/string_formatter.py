# string.Formatter: format/vformat/parse, overridden get_value/format_field, errors.
import string
f = string.Formatter()
print(f.format("{0}-{1}", 1, 2), f.format("{} {}", "a", "b"), f.format("{x!r:>5}|{y[0]}|{z.real}", x="q", y=[7], z=3))
print(f.format("{0:{1}}", 5, "03"), f.format("{{lit}} {0}", 1))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} and {missing} {0}", "zero", a="x"))
for bad in ("{", "}", "{0!}", "{0!x}", "{} {0}", "{0} {}"):
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(f.vformat("{a}", (), {"a": 1}), f.convert_field(1, "r"))
