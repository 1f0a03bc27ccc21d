import gc

import pytest

from gmdesk.services.bulk import gc_paused


def test_the_collector_is_held_back_inside_and_runs_again_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still holds it back
        raise ValueError
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
