"""The lead and the address of a print interview without labels (`qa_turns`): under a header
that names an interview, the paragraphs before the first question are the writer's lead
(P32t); a capture's only question shows itself by addressing the one it asks (P31t).
"""
from __future__ import annotations

import re

from teikit.lexicons import own
from teikit.model import Boilerplate, HeaderKind, HeaderLine, LineBreak, Paragraph, Text, Turn
from teikit.transforms.helpers.lines import line_text, lines_of
from teikit.transforms.helpers.names import is_title_word
from teikit.transforms.helpers.recordopening import spoken
from teikit.transforms.helpers.trailingquestions import trails_after_question

# A paragraph that ends with a question mark (closing quotes, brackets and Markdown marks after it;
# a full stop typed after it too, "¿… tu continuidad?.", P192u).
QUESTION_END = re.compile(r"[?？][\"”»’)*_]*\.?\s*$")


def lead_as_summary(pieces: list[Turn]) -> list:
    """Under a header that names the text an interview, the paragraphs before the first
    question are the writer's lead (an interview begins with its first question): summary
    lines of the header, not a turn (P12's lead turn otherwise)."""
    lead, first = pieces[0], pieces[1] if len(pieces) > 1 else None
    texts = [line_text(p.content) for p in lead.paragraphs if isinstance(p, Paragraph)]
    if first is None or lead.lead_notes or not texts or any(QUESTION_END.search(t) for t in texts) \
            or not _asks_last(first) or not all(_plain(p) or isinstance(p, Boilerplate) for p in lead.paragraphs):
        return pieces
    out: list = []
    for p in lead.paragraphs:
        if isinstance(p, Boilerplate):
            out.append(p)  # a page line between the lead's paragraphs stays one (P1100g)
            continue
        lines = [HeaderLine(kind=HeaderKind.SUMMARY, text=line_text(items), line=p.line + n if p.line else 0)
                 for n, items in enumerate(lines_of(p))]
        out.extend(line for line in lines if line.text.strip())
    return out + pieces[1:]


def _plain(item) -> bool:
    return isinstance(item, Paragraph) and all(isinstance(i, (Text, LineBreak)) for i in item.content)


def lead_names_interview(pieces: list[Turn], lex) -> bool:
    """The lead turn before an interview's first question says the text is an interview
    (lexicon `interview_words`: "… en reportajes concedidos a los diarios …"): it is the
    writer's, not speech, as under a header that names one (P155p)."""
    if len(pieces) < 2 or not lex.interview_words or pieces[0].label is not None:
        return False
    pattern = lex.pattern("interview_words")
    return any(isinstance(p, Paragraph) and _whole_word(pattern, line_text(p.content)) for p in pieces[0].paragraphs)


def unspoken_lead(pieces: list[Turn], lex, most: int | None = None) -> bool:
    """The unlabeled turn before an interview's first question holds no word only a speaker
    says (lexicon `spoken_words` outside quotations: the first or second person, a greeting):
    the writer's lead about the interviewee, in the third person, not an opening (P324b).
    An interviewer who greets the guest or speaks of "we" and "you" before the first question
    stays a turn; so does a narration of more than `most` paragraphs (a script's narrator
    before an example exchange, P40n)."""
    if len(pieces) < 2 or pieces[0].label is not None or not own(lex.lang).spoken_words:
        return False
    texts = [line_text(p.content) for p in pieces[0].paragraphs if isinstance(p, Paragraph)]
    return bool(texts) and (most is None or len(texts) <= most) and not any(spoken(text, lex) for text in texts)


def _whole_word(pattern, text: str) -> bool:
    low = text.lower()
    return any(not low[m.start() - 1:m.start()].isalnum() and not low[m.end():m.end() + 1].isalnum()
               for m in pattern.finditer(low))


def _asks_last(turn: Turn) -> bool:
    paragraphs = [p for p in turn.paragraphs if isinstance(p, Paragraph)]
    last = line_text(paragraphs[-1].content) if paragraphs else ""
    return bool(paragraphs) and (QUESTION_END.search(last) is not None or trails_after_question(last))  # (L263x)


# The words of an address before its comma: "Herr Minister,", "Monsieur le Président,".
MAX_ADDRESS_WORDS = 3


def addresses_listener(text: str, lex) -> bool:
    """The question opens by addressing the one it asks, a form of address or an office
    before a comma ("Herr Minister, Sie haben …?", "Madam Secretary, how …?"): an
    interviewer's question, not a speech's opening (which addresses an audience)."""
    head, comma, _ = text.partition(",")
    words = head.split()
    if not comma or not 1 <= len(words) <= MAX_ADDRESS_WORDS or not words[0][:1].isupper():
        return False
    first = words[0].lower()
    return (first in lex.honorifics or first.rstrip(".") in lex.honorifics or is_title_word(words[-1], lex)) \
        and first not in lex.articles and first not in lex.determiners
