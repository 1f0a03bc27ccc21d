"""The methods `@dataclass` writes, compiled once and kept, as Python keeps .pyc files (issue 17).

`dataclasses` writes each class's __init__, __repr__, __eq__, __hash__, __setattr__ … as
source text and compiles it every time the class is made: about 0.5 ms a class, and gmdesk
makes 84 of them before its first window paints (40 ms of a 350 ms start). The code compiled
from a given text by a given Python is always the same, so it is kept in the per-user cache
folder, one file per Python build, and read back at the next start (about 1 ms).

Nothing else changes: the text `dataclasses` writes is still what is executed; only its
compiling is remembered. A text not kept yet is compiled as before and kept at exit. A
missing, unreadable or foreign file is the same as no file.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import hashlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

_LIMIT = 4000  # texts kept; more (old versions' classes) and only this run's are kept

_known: dict[str, CodeType] = {}
_used: set[str] = set()
_added = False  # a text was compiled in this run: the kept file is written again at exit


def _compiled(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    """`exec` as dataclasses calls it, with the text's code remembered."""
    global _added
    if type(source) is str:
        code = _known.get(source)
        if code is None:
            # dont_inherit: the flags of dataclasses' own caller frame (none), not this module's
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _known[source] = code
            _added = True
        _used.add(source)
        source = code
    return exec(source, globals, locals)


def _file() -> Path:
    from gmdesk import paths

    build = f"{sys.version}|{sys.implementation.cache_tag}|{marshal.version}|{dataclasses.__file__}"
    name = hashlib.sha256(build.encode()).hexdigest()[:16]
    return paths.data_dir() / "cache" / f"dataclasses-{sys.implementation.cache_tag}-{name}.bin"


def install() -> None:
    """Remember dataclasses' compiling, from the kept file; keep what is new at exit."""
    if "exec" in vars(dataclasses):
        return
    try:
        kept = marshal.loads(_file().read_bytes())  # load(file) reads it in small pieces: 5 × slower
        if isinstance(kept, dict):
            _known.update((k, v) for k, v in kept.items()
                          if type(k) is str and type(v) is CodeType)
    except Exception:
        pass
    dataclasses.exec = _compiled  # type: ignore[attr-defined]
    atexit.register(_keep)


def _keep() -> None:
    if not _added:
        return
    kept = _known if len(_known) <= _LIMIT else {k: _known[k] for k in _used}
    target = _file()  # at exit: a --data-dir given since the start is where it goes
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp.write_bytes(marshal.dumps(kept))
        os.replace(tmp, target)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
