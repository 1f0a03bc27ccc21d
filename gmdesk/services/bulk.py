"""What bulk work (imports of tens of thousands of rows) shares: a pause of the cyclic GC."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold back Python's cyclic garbage collector for the length of the block.

    Reading a 50,000-row sheet makes a million small objects, none of them cyclic garbage;
    the collector would walk them again and again (a third of an import's time). Reference
    counting still frees everything as usual. Nested and concurrent blocks are counted: the
    collector runs again when the last one ends, if it ran before the first began.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
