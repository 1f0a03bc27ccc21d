"""The methods @dataclass writes, compiled once and kept between starts (gmdesk/compiled.py)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import gmdesk.compiled  # noqa: F401  (installed on `import gmdesk` already)

ROOT = Path(__file__).resolve().parent.parent

START = (
    "import json, gmdesk.domain.model, gmdesk.services.check, gmdesk.compiled as c, dataclasses;"
    "from gmdesk.domain.model import Gender;"
    "print(json.dumps({'known': len(c._known), 'compiled': c._added,"
    " 'installed': 'exec' in vars(dataclasses)}))"
)


def _start(data: Path) -> dict[str, object]:
    """A new gmdesk process importing the check's classes; what it compiled and knew."""
    env = {**os.environ, "GMDESK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True,
                          text=True, timeout=120, check=True, stdin=subprocess.DEVNULL)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _kept(data: Path) -> list[Path]:
    return sorted((data / "cache").glob("dataclasses-*.bin"))


def test_the_second_start_compiles_nothing_and_the_first_keeps_what_it_compiled(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert first["installed"] and first["compiled"]
    assert len(_kept(tmp_path)) == 1  # in this run's data folder, one file for this Python
    second = _start(tmp_path)
    assert second["compiled"] is False  # every class's methods came from the kept file
    assert second["known"] == first["known"] and int(str(second["known"])) > 100


@pytest.mark.parametrize("junk", [b"", b"not marshal at all", b"\xe3" * 64])
def test_a_damaged_kept_file_is_as_no_file_and_is_written_again(tmp_path: Path, junk: bytes) -> None:
    _start(tmp_path)
    [kept] = _kept(tmp_path)
    kept.write_bytes(junk)
    again = _start(tmp_path)  # starts, and makes its classes, as without a kept file
    assert again["compiled"] is True
    assert _start(tmp_path)["compiled"] is False  # the file was written whole again


def test_a_class_made_from_kept_code_behaves_as_dataclasses_makes_it() -> None:
    assert "exec" in vars(dataclasses)

    @dataclasses.dataclass(frozen=True)
    class Seat:
        name: str
        hours: float = 0.0

    @dataclasses.dataclass(frozen=True)
    class Again:  # the same text again: its code comes from what was compiled above
        name: str
        hours: float = 0.0

    seat = Seat("王小明", 2.5)
    assert seat == Seat("王小明", 2.5) and seat != Seat("王小明")
    assert repr(seat) == "test_a_class_made_from_kept_code_behaves_as_dataclasses_makes_it.<locals>.Seat(name='王小明', hours=2.5)"
    assert hash(seat) == hash(Seat("王小明", 2.5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        seat.name = "x"  # type: ignore[misc]
    assert Again("a").hours == 0.0 and Again("a") != Seat("a")
    # compiled without this module's `from __future__ import annotations`: the annotations
    # are the fields' types, as dataclasses gives them
    assert Seat.__init__.__annotations__["name"] == Seat.__dataclass_fields__["name"].type
