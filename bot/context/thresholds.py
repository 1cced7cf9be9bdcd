"""The scores and shares that decide between a follow-up reading and a standalone answer."""

from __future__ import annotations

# A standalone answer at least this sure is a good match: no follow-up reading beats it.
GOOD_STANDALONE = 80.0

# The weighted share of a short follow-up's meaningful words (unknown words included) that
# the last entry must speak of to keep the conversation on it.
KEPT_SHARE = 0.6

# An unsure candidate this good is one the context may settle ("wordt het morgen droog in
# Utrecht?" finds the regional agendas at 40: no candidate, whatever came before).
SETTLED_SCORE = 50.0

# The weighted share of a follow-up's own meaningful words that the entry a composed
# question found must speak of ("and the bending one?" is not the welding Fieldlab).
VERIFIED_SHARE = 0.5
