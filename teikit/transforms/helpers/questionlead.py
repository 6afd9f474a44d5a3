"""A print interview's first question, unlabeled, under the article's lead (P741c).

A news interview often prints its questions without a label and the answers under the
interviewee's name. Its top then reads: a standfirst written about the speakers, the headline
quoting them, the first question, and the first labelled answer:

    Vor dem Parteitag äußert sich die Vorsitzende zuversichtlich: Die Partei stehe ...
    Parteitag: „Wir sind bereit“
    Frau Roth, am Samstag beginnt der Parteitag. Was erwarten Sie?
    Anna Roth: Eine lebhafte Debatte ...

The header pass reads all of it as one unlabeled opening. The question, right above the
first label, is the interviewer's turn; the paragraphs above it are the article's when

- the first labelled turn answers (its first paragraph asks nothing itself),
- the opening's last paragraph asks (ends with a question mark),
- no paragraph above it holds a word only a speaker says (lexicon `spoken_words`, outside
  quotations; the outlet's own "our reporter" is a lead's voice: `house_reporters`), and there
  are at most `MAX_LEAD_PARAGRAPHS` of them.

A host who greets the audience or speaks of "I" and "we" before asking ("Good evening. I'm
Jane Doe ... Mayor Baker, how bad was the damage?") opens the broadcast: it stays one turn.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Turn
from teikit.transforms.helpers.headerlines import looks_like_speech
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import line_text, numbered_lines, plain_paragraphs
from teikit.transforms.helpers.recordopening import spoken
from teikit.transforms.helpers.titlelabels import quoted_headline

# A standfirst and a headline, a dateline or a kicker: a lead is short.
MAX_LEAD_PARAGRAPHS = 4


def lead_over_first_question(speech: list, rest: list, lex: Lexicon, titled: bool) -> tuple[list, list]:
    """(header lines, speech left): the lead's lines and the question alone, or ([], speech)
    when the opening is not a lead over an unlabeled first question. `titled`: the header
    above already holds a title (a quoted headline in the lead is then a subtitle line)."""
    first = rest[0] if rest and isinstance(rest[0], Turn) else None
    if first is None or not first.label or len(speech) < 2 or not plain_paragraphs(speech):
        return [], speech
    lead, question = speech[:-1], speech[-1]
    if len(lead) > MAX_LEAD_PARAGRAPHS or not _asks(question) or _asks(_first_paragraph(first)):
        return [], speech
    if any(speaks(line_text(p.content), lex) for p in lead):
        return [], speech
    lines = []
    for text, n in numbered_lines(lead):
        if not text.strip():
            continue
        if not titled and quoted_headline(text):
            kind, titled = HeaderKind.TITLE, True  # 'Parteitag: „Wir sind bereit“': the headline
        else:
            kind = HeaderKind.SUMMARY if looks_like_speech(text) else HeaderKind.UNKNOWN
        lines.append(HeaderLine(kind=kind, text=text, line=n))
    return lines, [question]


def speaks(text: str, lex: Lexicon) -> bool:
    """A word only a speaker says (`spoken`), the outlet's own people left out: "our reporter",
    "notre journaliste" (lexicon `house_reporters`) are a lead's voice (P740c)."""
    if lex.house_reporters:
        text = lex.pattern("house_reporters").sub(" ", text)
    return spoken(text, lex)


# A greeting or a self-reference opens a host's welcome: "Good evening and welcome, I'm ...".
OPENING_WORDS = 5


def opens_speaking(text: str, lex: Lexicon) -> bool:
    """`speaks` in the first `OPENING_WORDS` words: a host's welcome opens with its greeting or
    "I"; a lead may say "we" later on ("..., da wir 30 Minuten erhielten", "Wir haben sie
    gefragt"), the outlet's voice (P740c)."""
    return speaks(" ".join(text.split()[:OPENING_WORDS]), lex)


def _asks(paragraph) -> bool:
    return isinstance(paragraph, Paragraph) and QUESTION_END.search(line_text(paragraph.content)) is not None


def _first_paragraph(turn: Turn):
    return next((p for p in turn.paragraphs if isinstance(p, Paragraph)), None)
