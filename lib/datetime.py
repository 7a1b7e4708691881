"""Dates, times, durations and fixed-offset time zones (Dyad's datetime, as CPython 3.11's).

The implementation is in _dyad_datetime; this module holds only the public names, as
CPython's datetime does."""

import sys
from _dyad_datetime import (MAXYEAR, MINYEAR, UTC, date, datetime, datetime_CAPI, time,
                            timedelta, timezone, tzinfo)
