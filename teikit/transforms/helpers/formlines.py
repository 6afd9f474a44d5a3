"""Colon lines of a form or a story that open like speaker labels and are none (T680c, T681c).

* T680c **a form's fields**: `时间：3月5日上午9点` / `地点：市政府第一会议室` / `联系人：王晓` /
  `电话：12345678`: a value after each colon that is short and holds no sentence mark, each
  label printed once in the document. `labellike.not_labels` reads such lines as entries of a
  list (L190u, which took only names as values): a dialogue repeats its speakers and ends its
  sentences, a form names each field once and ends none.
* T681c **reported speech in prose**: `弟弟总是说：我要吃西瓜。`: the words before the colon end
  in a verb of saying (lexicon `reporting_verbs`) after a subject: a narrator quoting someone,
  not a speaker's label (a transcript prints the name alone, `弟弟：`).
* L2525m **the speech's own colons**: a host's salutation to the audience (`各位媒体朋友:`, lexicon
  `audience_addresses`) and a clause closed by a copula or "as follows" (`今天发布会的主题是:`,
  lexicon `announcing_ends`) before a colon open or go on with the speech; no speaker is named.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

MAX_FIELD_CHARS = 30
MAX_FIELD_WORDS = 6
# A sentence's mark anywhere in the value (a full stop only at its end: "Dr. Lee", "9.30").
_SENTENCE_MARK = re.compile(r"[!?…。！？；;]|\.$")
_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def field_value(rest: str) -> bool:
    """The value of a form's field: a few words or characters, no sentence (T680c)."""
    rest = rest.strip()
    return 0 < len(rest) <= MAX_FIELD_CHARS and len(rest.split()) <= MAX_FIELD_WORDS \
        and _SENTENCE_MARK.search(rest) is None


def reported_speech(name: str, lex: Lexicon) -> bool:
    """ "弟弟总是说", "他笑着说": ideographs closed by a verb of saying after at least one
    character of its subject (T681c)."""
    if not lex.reporting_verbs or _IDEOGRAPHS.fullmatch(name) is None:
        return False
    return any(name.endswith(verb) and len(name) > len(verb) for verb in lex.reporting_verbs)


def speech_before_colon(name: str, lex: Lexicon) -> bool:
    """ "各位媒体朋友", "女士们、先生们", "今天发布会的主题是": ideographs before a colon that address the
    audience or announce what follows (L2525m): the speaker's words, never a label."""
    if not (lex.audience_addresses or lex.announcing_ends) or _IDEOGRAPHS.fullmatch(name.replace("、", "")) is None:
        return False
    if lex.audience_addresses and lex.pattern("audience_addresses", 0).fullmatch(name):
        return True
    return bool(lex.announcing_ends) and any(name.endswith(end) and len(name) > len(end) for end in lex.announcing_ends)
