"""The Redis adapter: every read and write of the line's state.

Each operation is a `Call`, built by a plain function (`texting`, `routing`, `people`, ...)
and carried out by a `SyncStore` (workers, CLI) or an `AsyncStore` (the web app). State that
must change together changes in one Lua script, so it is atomic across any number of
processes.
"""

from warmline.store.calls import AsyncStore, Call, SyncStore

__all__ = ["AsyncStore", "Call", "SyncStore"]
