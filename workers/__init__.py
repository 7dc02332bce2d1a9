"""RQ job functions. Each takes ids, re-reads state, and does nothing if nothing is left to do."""
