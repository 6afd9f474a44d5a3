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

from teikit.lexicons import Lexicon, compiled_once
from teikit.transforms.helpers.formlines import speech_before_colon
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


# A name under its office line is a full name of two to four ideographs (L2527m).
MAX_DESIGNATED_NAME = 4


def designations_alone(lines: list[str], lex: Lexicon) -> set[str]:
    """Label lines of a caseless script printed once each (L2527m): a repost of a press
    conference that lost the colons prints each speaker's designation alone over the speech,
    the reporter by the outlet and the word for reporter ("中央广播电视总台央视记者", lexicon
    `outlets`), the host by the name under the office line ("国家卫生健康委新闻发言人、宣传司副司长"
    / "米锋", lexicon `office_suffixes` closing the line above). Each must stand over a longer
    line of speech, and two different ones take turns; none otherwise."""
    if not lex.outlets or not lex.office_suffixes:
        return set()
    outlet = lex.pattern("outlets", 0)
    office = compiled_once(rf"(?:{lex.alternation('office_suffixes')})$")  # closing the line above
    found: set[str] = set()
    for n, line in enumerate(lines):
        name = line.strip()
        if len(line) > MAX_CASELESS_CHARS + 4 or not caseless_name(name):
            continue
        below = lines[n + 1].strip() if n + 1 < len(lines) else ""
        greeting = below[-1:] in ":：" and speech_before_colon(below[:-1], lex)  # "各位媒体朋友:" opening it (L2525m)
        if not (greeting or speech_line(below) and len(below) >= MIN_SPEECH_RATIO * len(name)):
            continue
        above = lines[n - 1].strip() if n else ""
        if outlet.fullmatch(name) or (len(name) <= MAX_DESIGNATED_NAME and office.search(above) is not None):
            found.add(name)
    return found if len(found) >= MIN_SPEAKERS else set()
