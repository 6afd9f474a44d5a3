"""Turn and label shapes first met in corpus/dev21 (docs/convert-shapes.md, sections marked
dev21 with the suffix a), one small synthetic example each, written for the test (never a
corpus line): each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read


# --- L282a a late speaker's full name once, its bare initials once, in a script paired so ------

_SKETCH = ("Ann Lee: Harbour Radio started out as a show on the quay, with a microphone...(WIND, GULLS) "
           "It took time.\n\n"
           "Bob Hart: Hi. How are you?\n\nCora Dunn: Not bad, thanks.\n\n"
           "BH: Is that your boat?\n\nCD: No.\n\nBH: Oh. Okay.\n\nCD: It is my friend's.\n\n"
           "BH: I see. Thanks for talking with us.\n\nCD: No problem.\n\n\n"
           "AL: The show moved indoors after that interview with the late Kyle Moss-- (WIND)\n\n"
           "BH: Your sailing has taken off in so many ways, Kyle-- you take risks you never took before "
           "(WAVES) -- there's a sort of freedom to what you do--\n\n"
           "Dan Ross: Well, thanks -- what I found is a whole new way of sailing-- (WAVES)\n\n"
           "BH: People love your new boat, \"Against The Tide\" -- for its speed--\n\n"
           "DR: Yes, that's the boat where I turn and I -- (HORN, CRASH)\n\n"
           "BH: Look out!!!! (WAVES) -- Oh dear.\n")
# every speaker under the full name: no pair of a name and bare initials to go by
_UNPAIRED = _SKETCH.replace("BH: ", "Bob Hart: ").replace("CD: ", "Cora Dunn: ")


def test_a_late_full_name_and_its_initials_printed_once_are_labels_in_a_paired_script():
    found = [lab for lab in labels(read(_SKETCH, lang="en")) if lab]
    assert found[-4:] == ["Dan Ross:", "BH:", "DR:", "BH:"]


def test_a_full_name_and_initials_printed_once_need_a_pair_of_bare_initials():
    found = [lab for lab in labels(read(_UNPAIRED, lang="en")) if lab]
    assert "Dan Ross:" not in found and "DR:" not in found
