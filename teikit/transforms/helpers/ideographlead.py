"""A lead in ideographs that names a labelled speaker (H20g): Chinese pages print a lead above
an interview or an online chat, under the site's furniture ("……国务院总理温家宝专程来到中国政府网
和新华网访谈室……" over "[主持人]各位网友……" and "温家宝:……"). H20b's test (a capitalised given
name, then the surname) cannot read names in ideographs, so `newsleads.last_lead_about_speakers`
asks this module for the last paragraph above the first label that prints such a name.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.labelparts import role_before_ideographs
from teikit.transforms.helpers.lines import first_text, lines_of

# A name in ideographs: two to four of them (a family name and a given name).
_CJK_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
_BRACKETS = "[]【】()（）:："
# A lead ends like a sentence; a title naming the speaker does not ("外交部发言人李明主持例行记者会").
_SENTENCE_ENDS = "。！？.!?…」”\""
# A lead in ideographs is at most this many characters long (about 120 words).
MAX_LEAD_IDEOGRAPHS = 300
MAX_LABELLED_TURNS = 200  # the labels of the first turns are enough


def ideographic_names(rest: list, lex: Lexicon) -> set[str]:
    """The names in ideographs the first labelled turns print as their label, none of them a
    generic voice of the lexicon (主持人, 记者, an outlet); none at all when a host is
    labelled but does not open the text (the unlabelled opening is then the host's, and it
    names the guests: "今天的嘉宾是李明和王芳……")."""
    names: set[str] = set()
    hosts: list[bool] = []
    for block in rest[:MAX_LABELLED_TURNS]:
        if isinstance(block, Turn) and block.label:
            words = nm.label_words(block.label)
            name = words[0].strip(_BRACKETS) if len(words) == 1 else ""
            hosts.append(name in lex.anonymous_words)
            if _CJK_NAME.fullmatch(name) and not _generic_voice(name, lex):
                names.add(name)
            elif glued := role_before_ideographs(name, lex):
                names.update(glued)  # "主教练米哈洛": a lead names the coach by his office too (N1674i)
    return set() if any(hosts) and not hosts[0] else names


def last_ideographic_lead(lead: list, names: set[str], window: int) -> int:
    """Index in `lead` of the last of its last `window` paragraphs that prints one of `names`
    inside its text, ending like a sentence; -1 when none. A page's furniture stands above the
    lead, so the paragraphs right above the first label are read; a line that ends with a colon
    ("以下为文字实录:", the transcript announced) ends the lead."""
    found = -1
    if not names:
        return found
    for n in range(max(0, len(lead) - window), len(lead)):
        block = lead[n]
        texts = [first_text(items) for items in lines_of(block)] if type(block) is Paragraph else []
        if any(text.rstrip().endswith((":", "：")) for text in texts):
            break  # an unlabelled host's opening below it may name the guest
        if any(_names_in_ideographs(text, names) for text in texts):
            found = n
    return found


def _generic_voice(name: str, lex: Lexicon) -> bool:
    """A label of an unnamed voice (the host, a reporter, the question): no name."""
    return name in lex.anonymous_words or name in lex.question_labels or name in lex.answer_labels \
        or (lex.generic_voices != () and lex.pattern("generic_voices").fullmatch(name) is not None) \
        or (lex.outlets != () and lex.pattern("outlets").fullmatch(name) is not None)


def _names_in_ideographs(text: str, names: set) -> bool:
    stripped = text.strip()
    return len(stripped) <= MAX_LEAD_IDEOGRAPHS and stripped[-1:] in _SENTENCE_ENDS and any(
        name in stripped and not stripped.startswith(name) for name in names)
