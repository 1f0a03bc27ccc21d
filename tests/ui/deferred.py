"""A runner that holds every task until the test lets it run: what the UI thread shows
before the background work answers, and after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gmdesk.ui.runner import SyncRunner


class DeferredRunner(SyncRunner):
    """Queue each `op`; `finish()` runs the queue (and whatever it queues) like the pool would."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[Callable[[], None]] = []
        self.titles: list[str] = []

    def op(self, task: Any, done: Callable[[Any], None], title: str, *args: Any,
           **kwargs: Any) -> None:
        self.titles.append(title)
        self.pending.append(lambda: SyncRunner.op(self, task, done, title, *args, **kwargs))

    def finish(self) -> int:
        """Run every queued task, oldest first; return how many ran."""
        ran = 0
        while self.pending:
            self.pending.pop(0)()
            ran += 1
        return ran
