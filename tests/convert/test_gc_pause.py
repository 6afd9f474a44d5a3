"""The converter pauses the cyclic garbage collector while it builds and writes a model
(`teikit.model.cycle_collector_paused`); a program that calls it must find the collector as
it left it, its frozen objects still frozen, and cyclic garbage still collected."""
from __future__ import annotations

import gc
import weakref

import pytest

from teikit import convert
from teikit.model import cycle_collector_paused

TRANSCRIPT = b"Q: Ready?\n\nMR. SMITH: Yes.\n"


@pytest.fixture
def collector():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


@pytest.mark.parametrize("enabled", [True, False])
def test_convert_leaves_the_collector_as_it_found_it(collector, enabled):
    (gc.enable if enabled else gc.disable)()
    convert(TRANSCRIPT)
    assert gc.isenabled() is enabled


def test_objects_the_program_froze_stay_frozen(collector):
    gc.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    convert(TRANSCRIPT)
    assert gc.get_freeze_count() == frozen


def test_cycles_made_while_paused_are_collected_later(collector):
    gc.enable()

    class Node:
        pass

    with cycle_collector_paused():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
        del a, b
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert alive() is not None  # nothing collected while paused
    gc.collect()
    assert alive() is None
