"""gmdesk: gender-mainstreaming duties of a Taiwanese district office, offline."""

from __future__ import annotations

from gmdesk import compiled as _compiled

_compiled.install()


def __getattr__(name: str) -> str:
    # The version is read on first use: importlib.metadata costs ~15 ms at every start.
    if name != "__version__":
        raise AttributeError(f"module 'gmdesk' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("gmdesk")
    except metadata.PackageNotFoundError:  # running from a source tree or a bundle
        version = "0.1.0"
    globals()["__version__"] = version
    return version
