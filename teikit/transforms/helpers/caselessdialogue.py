"""Label lines of a script without capital letters, alone on their line over the speech (L320b).

A Chinese (Japanese, Korean, Arabic ...) broadcast or interview page may print each speaker's
name, or a role word run into the name, on a line of its own with no separator, and the speech
in the paragraph below:

    主持人沙晨
    欢迎收看正在直播的《东方时空》……
    李宁
    我现在所在的位置是长江的中游城市武汉的一个客运码头……

Where a script has capitals, the labels pass reads such a line by its case (a name in capitals,
capitalised name words). Here no letter tells a name from a heading or a short reply, so the
evidence is the dialogue: a short line of letters only (`labeltext.caseless_name`) is a label
when it is printed alone at least twice, every time over a longer line of speech, and at least
one other such line is too. A heading ("相关新闻") is seldom printed twice over speech, two
headings taking turns less; a reply ("是的。") ends with its punctuation. The boilerplate pass
leaves these lines to the labels pass (they repeat as a site's widgets do), and the labels
pass takes them.
"""
from __future__ import annotations

from collections import Counter

from teikit.transforms.helpers.labelevidence import speech_line
from teikit.transforms.helpers.labeltext import MAX_CASELESS_CHARS, caseless_name

MIN_PRINTINGS = 2
MIN_SPEAKERS = 2
# The speech under a label line is at least this many times as long as the line.
MIN_SPEECH_RATIO = 2


def caseless_dialogue(lines: list[str]) -> set[str]:
    """The label lines of `lines` (the text of each line, in reading order) in a caseless
    script, as the module docstring says; none unless `MIN_SPEAKERS` of them take turns."""
    printed: Counter = Counter()
    over_speech: Counter = Counter()
    for n, line in enumerate(lines):
        if len(line) > MAX_CASELESS_CHARS + 4:  # (most lines: too long for a label at once)
            continue
        name = line.strip()
        if not caseless_name(name):
            continue
        printed[name] += 1
        below = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if speech_line(below) and len(below) >= MIN_SPEECH_RATIO * len(name):
            over_speech[name] += 1
    names = {name for name, count in printed.items() if count >= MIN_PRINTINGS and over_speech[name] == count}
    return names if len(names) >= MIN_SPEAKERS else set()
