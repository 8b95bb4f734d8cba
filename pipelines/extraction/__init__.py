"""Extraction: organizations, people, deals and metrics from an article's clean text (pure Python)."""

import re

# The rules use well over 512 distinct patterns per article (many are built from an article's own
# organization names), more than the `re` module's cache holds, so it recompiled patterns all the
# time: ~15% of the rules' time. A larger cache keeps them compiled (measured in docs/benchmarks.md).
if getattr(re, "_MAXCACHE", 0) < 8192:
    re._MAXCACHE = 8192
