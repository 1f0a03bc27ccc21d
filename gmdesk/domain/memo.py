"""A function's answers, each worked out once (the import's cells, record keys' titles)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Memo(dict[Any, Any]):
    """`memo[value]` is `function(value)`, worked out the first time only: a value met again
    costs one dict lookup, and `map(memo.__getitem__, values)` runs no Python step per hit.
    Keys are compared as dict keys are (1, 1.0 and True are one key)."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.function(key)
        return value
