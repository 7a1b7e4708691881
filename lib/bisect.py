"""Binary search in sorted sequences, and insertion that keeps them sorted.

bisect_left(a, x) / bisect_right(a, x) give the index where x would go before / after the
items equal to it; insort_left / insort_right insert x there. All take optional lo and hi
bounds and a key function applied to the items. bisect and insort are the *_right forms.

Dyad's implementations are native (src/modules/bisect.ts, the `_bisect` module)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
