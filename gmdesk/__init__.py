"""gmdesk: gender-mainstreaming duties of a Taiwanese district office, offline."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("gmdesk")
except metadata.PackageNotFoundError:  # running from a source tree or a bundle
    __version__ = "0.1.0"
