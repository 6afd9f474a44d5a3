"""Which of libxml2's RELAX NG messages are kept: `_without_cascades` drops the consequences
of other messages. It indexes the paths' ancestors; here it is held to the pairwise
definition it replaced (every entry compared with every other), on random logs."""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from teikit.validate.rngmessages import _CASCADES, _ELEMENT_MISMATCH, _EXTRA, _without_cascades

TYPES = sorted(_CASCADES | _ELEMENT_MISMATCH | {_EXTRA, "RELAXNG_ERR_NOELEM",
                                                "RELAXNG_ERR_INVALIDATTR", "RELAXNG_ERR_NOTELEM"})


def pairwise(entries) -> list:
    """The definition: compare each entry's path with every other entry's."""
    entries = [e for e in entries if e.type_name not in _CASCADES]
    paths = [e.path or "" for e in entries]
    kept = []
    for i, entry in enumerate(entries):
        path = paths[i]
        parent = path.rsplit("/", 1)[0]
        own = parent if entry.type_name == _EXTRA else path
        if "ATTR" not in entry.type_name and path and (
                any(p.startswith(own + "/") for p in paths)
                or entry.type_name in _ELEMENT_MISMATCH
                and any(p.startswith(parent + "/") and p != path for p in paths[:i])):
            continue
        kept.append(entry)
    return kept


# Paths like libxml2's ("/TEI/text/body/div[2]/p"), from few segments so that they nest
# and repeat; also empty, None and without a leading slash.
segment = st.sampled_from(["TEI", "text", "body", "div", "div[2]", "p", "p[3]", "hi"])
path = st.one_of(st.none(), st.just(""),
                 st.lists(segment, max_size=5).map(lambda s: "/" + "/".join(s)),
                 st.lists(segment, min_size=1, max_size=3).map("/".join))
entry = st.builds(lambda t, p: SimpleNamespace(type_name=t, path=p),
                  st.sampled_from(TYPES), path)


@settings(max_examples=400, deadline=None)
@given(st.lists(entry, max_size=12))
def test_consequences_are_dropped_as_by_comparing_every_pair_of_messages(entries):
    assert _without_cascades(entries) == pairwise(entries)
