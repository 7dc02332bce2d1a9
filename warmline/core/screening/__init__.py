"""Crisis screening: pure code that says whether a texter's words should page a clinician.

    >>> from warmline.core.screening import default_screener
    >>> default_screener().screen("i have the pills and it's tonight").level.value
    'L1'
"""

from warmline.core.screening.screener import Screener, default_screener
from warmline.core.screening.verdict import CustomTerm, Level, Signal, Verdict

__all__ = ["CustomTerm", "Level", "Screener", "Signal", "Verdict", "default_screener"]
