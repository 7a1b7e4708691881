# \N{NAME} escapes in str patterns (in and out of sets), and their errors.
import re
print(re.findall(r"\N{LESS-THAN SIGN}(\w+)\N{greater-than sign}", "<a> <bc>"))
print(re.sub(r"[\N{EM DASH}\N{EN DASH}]", "-", "a\u2014b\u2013c"))
print(re.match(r"\N{LATIN SMALL LETTER A}+", "aaab"), re.match("[\\N{DIGIT ZERO}-\\N{DIGIT FIVE}]+", "0123789"))
for bad in [r"\N{NO SUCH NAME}", r"\N", r"\N{", r"\N{EM DASH", "[\\N{X}]", r"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"]:
    try: re.compile(bad); print("ok", bad)
    except re.error as e: print("error:", e)
try: re.compile(rb"\N{EM DASH}")
except re.error as e: print("bytes error:", e)
