"""A page's lead above the first labelled turn, told by the turns below it.

Before the first labelled turn, a news page prints paragraphs about the event: they are its
lead, not an opening speech, when

- the turns are an interview under the generic question and answer labels ("Q:" / "A:",
  "P:" / "R:") whose first turn is a question (`opens_with_question`), or a transcription
  service's export whose every turn opens with a label and its recording time
  (`lead_over_questions`);
- a paragraph names a labelled speaker in full, as a news lead does ("l'ancien Premier
  ministre, Moussa MARA, dénonce ..." over "Mara : ...") or is in another script than the
  turns (a reposting site's introduction): `last_lead_about_speakers`.

The other paragraphs there that are not speech are `leadlines`'.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, LineBreak, Paragraph, Text, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.dates import date_at_start, find_date
from teikit.transforms.helpers.ideographlead import ideographic_names, last_ideographic_lead
from teikit.transforms.helpers.lines import lines_of, numbered_lines, plain_paragraphs
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.questionlead import opens_speaking


def lead_over_questions(speech: list, rest: list, lex: Lexicon) -> list:
    """The opening's lines as summary lines when the turns after it are an interview under
    the generic question and answer labels ("D - ... / R - ...", "Q: ... / A: ...", "问/答"),
    its first labelled turn a question, or a transcription service's export whose every turn
    opens with a label and its recording time ("Ann Lee 00:00:02"): nobody speaks without a
    label there, the paragraphs above the first one are the page's lead. A question among
    them keeps them speech."""
    turns = [b for b in rest[:MAX_QA_TURNS] if isinstance(b, Turn) and b.label]
    labels = [_generic(b.label) for b in turns]
    timed = len(turns) >= MIN_TIMED_LABELS and all(b.time for b in turns)
    if not timed and (not labels or labels[0] not in _upper(lex.question_labels)
                      or not _upper(lex.answer_labels) & set(labels[1:])):
        return []
    if not plain_paragraphs(speech):
        return []
    lines = numbered_lines(speech)
    if any("?" in t or "？" in t for t, _ in lines):
        return []
    return [HeaderLine(kind=HeaderKind.SUMMARY, text=t, line=n) for t, n in lines if t.strip()]


MAX_QA_TURNS = 6
MIN_TIMED_LABELS = 3


def _generic(label: str) -> str:
    return label.strip().rstrip(":：.-–— \u00a0").upper()


def _upper(labels: tuple) -> set:
    return {x.upper() for x in labels}


MIN_SURNAME_CHARS = 3


MAX_GENERIC_TURNS = 40


def opens_with_question(rest: list, lex: Lexicon) -> bool:
    """A print interview labelled only with question and answer words, both ("P:"/"R:",
    "Domanda:"/"Risposta:", "Pregunta."/"Respuesta.") whose first turn is a question: an
    interview begins with its first question, so prose above it is the article's lead or
    introduction, not an opening speech. (A briefing whose answers carry the speaker's
    name may open with a statement before the first question: it is speech.)"""
    turns = [b for b in rest[:MAX_GENERIC_TURNS] if isinstance(b, Turn)]
    if not turns or not turns[0].label:
        return False
    generic = set(lex.question_labels + lex.answer_labels)
    words = [nm.label_words(t.label or "") for t in turns]
    return len(words[0]) == 1 and words[0][0].upper() in lex.question_labels \
        and all(len(w) == 1 and w[0].upper() in generic for w in words if w) \
        and any(len(w) == 1 and w[0].upper() in lex.answer_labels for w in words)


def opens_with_asking(rest: list, lex: Lexicon) -> bool:
    """The turns open with a question, what stands above it is the lead: an interview under
    question and answer words, or the press asking as one (L2145k)."""
    return opens_with_question(rest, lex) or opens_with_press_question(rest, lex)


def opens_with_press_question(rest: list, lex: Lexicon) -> bool:
    """(L2145k) The first labelled turn is a question of the press asking as one, its label a
    collective voice of the lexicon ("Представители СМИ: Как вам сегодняшняя игра?",
    "Journalists: How ...?"): a press conference's excerpts begin with the journalists'
    question, so prose above it is the page's lead, as over `opens_with_question`'s interview."""
    first = next((b for b in rest[:MAX_GENERIC_TURNS] if isinstance(b, Turn)), None)
    if first is None or not first.label or not lex.generic_voices:
        return False
    base = " ".join(nm.label_words(first.label)).rstrip(":：").strip()
    if len(base.split()) < 2 or lex.pattern("generic_voices").fullmatch(base.upper()) is None:
        return False  # one word ("Q", "ВОПРОС") is `opens_with_question`'s, with its answer label
    texts = [i.text for b in first.paragraphs[:1] if isinstance(b, Paragraph) for i in b.content if isinstance(i, Text)]
    return bool(texts) and texts[-1].rstrip().endswith(("?", "？"))


def last_lead_about_speakers(lead: list, rest: list, lex: Lexicon) -> int:
    """Index in `lead` of the last paragraph before the first labelled turn that names a
    labelled speaker in full, as a news lead does ("l'ancien Premier ministre, Moussa MARA,
    dénonce ..." over "Mara : ..."; "глава МИД РФ Сергей Лавров подведет итоги ..." over
    "Лавров: ..."): a capitalised word, then the label's last word in any case. The
    paragraphs up to it are written about the event, not an opening speech; -1 when none."""
    surnames, given = set(), set()
    for block in rest[:200]:  # the labels of the first turns are enough
        if isinstance(block, Turn) and block.label:
            # (a spaced dash's label, "Ann Roe - ", keeps its dash as a word: T2551m)
            words = [w for w in nm.label_words(block.label) if w.strip("*_:.-–—")]
            # "**Lena:**", "SEÑORA ABELEIRA.-": the name without its marks (H2241l)
            last = words[-1].rstrip("*_:.-") if words else ""
            if len(last) >= MIN_SURNAME_CHARS and last[:1].isalpha():
                surnames.add(nm.fold(last))
                if len(words) == 1 and not last.isupper():
                    given.add(nm.fold(last))  # "**Lena:**": a given name, its surname after it in a lead
    ideographic = ideographic_names(rest, lex)  # "温家宝:" named in a lead in ideographs (H20g)
    keyed = _label_key(lead, rest)  # "Из беседы журналиста (Ж.) с ... (А. К)" over "Ж.:" (H151p)
    if not surnames and not ideographic:
        return keyed
    found = max(_foreign_lead(lead, rest), keyed)
    address = nm.folded(lex, "honorifics") | nm.folded(lex, "label_role_words")
    # the first paragraphs, however many site lines stand between them ("Share this article",
    # a cookie notice: P740c); a paragraph that opens speaking (a greeting, "I": a host's "Good
    # evening, I'm Ann Lee, and with me is Tom Roe") is an opening, not a lead
    paragraphs = [(n, b) for n, b in enumerate(lead) if isinstance(b, Paragraph)][:MAX_LEAD_PARAGRAPHS]
    # over an interview's first question a magazine's lead runs longer (T2551m)
    longest = MAX_ASKED_LEAD_WORDS if _first_turn_asks(rest) else MAX_LEAD_WORDS
    for n, block in paragraphs:
        # each line of the paragraph on its own: a date widget printed right above the lead,
        # with no blank line between ("• 21/10/2013" / "Cela fait deux ans que ..."), is no headline
        texts = [" ".join(t.text for t in items if isinstance(t, Text)) for items in lines_of(block)] \
            if any(type(i) is LineBreak for i in block.content) else [" ".join(t.text for t in block.content
                                                                               if isinstance(t, Text))]
        if any(_names_speaker(text, surnames, address, lex, given, longest) for text in texts) \
                and not opens_speaking(texts[0], lex) \
                and not (n == len(lead) - 1 and QUESTION_END.search(texts[-1])):  # asked of the first label (P741c)
            found = n
    found = max(found, last_ideographic_lead(lead, ideographic, MAX_LEAD_PARAGRAPHS))
    if found >= 0 and _first_turn_asks(rest):
        # an interview begins with its first question: what stands between the lead and it
        # is the lead's next paragraphs ("A son domicile, il a croqué l'actualité ..."), not speech
        return max(found, len(lead) - 1)
    return found


def script_of(text: str) -> str | None:
    """The writing system most letters of `text` are in ("latin", "cyrillic", "cjk"), from
    its first `SCRIPT_SAMPLE` characters; None without such letters."""
    sample = text[:SCRIPT_SAMPLE]
    if sample.isascii():  # (no Cyrillic letter or ideograph to count: most texts)
        return "latin" if _SCRIPTS[0][1].search(sample) else None
    counts = [(len(pattern.findall(sample)), name) for name, pattern in _SCRIPTS]
    best = max(counts)
    return best[1] if best[0] else None


_SCRIPTS = (("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")), ("cyrillic", re.compile(r"[\u0400-\u052f]")),
            ("cjk", re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")))
SCRIPT_SAMPLE = 200
MIN_FOREIGN_LEAD_WORDS = 4
SCRIPT_TURNS = 12


def _foreign_lead(lead: list, rest: list) -> int:
    """Index in `lead` of the last paragraph before the first label written in another
    script than every labelled turn's speech: a reposting site's introduction in its own
    language above a transcript in another ("Накануне в Вашингтоне ..." over "PRESIDENT
    TRUMP: Thank you."). It is about the transcript, not part of it; -1 when none."""
    scripts = set()
    for block in rest[:SCRIPT_TURNS]:  # (the first turns tell the transcript's script)
        if isinstance(block, Turn) and block.label and block.paragraphs and isinstance(block.paragraphs[0], Paragraph):
            scripts.add(script_of(" ".join(t.text for t in block.paragraphs[0].content if type(t) is Text)))
    scripts.discard(None)
    if len(scripts) != 1:
        return -1
    found = -1
    for n, block in enumerate(lead[:MAX_LEAD_PARAGRAPHS]):
        if isinstance(block, Paragraph):
            text = " ".join(t.text for t in block.content if type(t) is Text)
            script = script_of(text)
            # (an introduction is prose: a site's short tag in Latin letters, "GTJ", over a
            # Cyrillic page is none, T2551m)
            if script is not None and script not in scripts and len(text.split()) >= MIN_FOREIGN_LEAD_WORDS:
                found = n
    return _with_short_tail(lead, found)


# Lines under a key to the speakers that are this short are its source or a date.
MAX_KEY_TAIL_WORDS = 8


def _with_short_tail(lead: list, found: int) -> int:
    """`found`, or the lead's last index when only short lines follow the key at `found`
    (the key's source, a date: header too)."""
    if found >= 0 and all(not isinstance(b, Paragraph) or len(" ".join(t.text for t in b.content if isinstance(t, Text)).split())
                          <= MAX_KEY_TAIL_WORDS for b in lead[found + 1:]):
        return len(lead) - 1
    return found


def _first_turn_asks(rest: list) -> bool:
    """The first turn is labelled and its first paragraph ends with a question."""
    turn = next((b for b in rest[:3] if isinstance(b, Turn)), None)
    if turn is None or not turn.label or not turn.paragraphs or not isinstance(turn.paragraphs[0], Paragraph):
        return False
    texts = [t.text for t in turn.paragraphs[0].content if type(t) is Text]
    return bool(texts) and texts[-1].rstrip(" \u00a0\"'”»)").endswith(("?", "？"))


def _names_speaker(text: str, surnames: set, address: frozenset, lex: Lexicon, given: set = frozenset(),
                   longest: int = 0) -> bool:
    """A capitalised given name, then a label's word ("Moussa MARA" over "Mara :"); or a label
    that is one given name, then a capitalised surname ("Lena Herrmann" over "Lena:", H1135g).
    A paragraph of more than `longest` words (`MAX_LEAD_WORDS` unless given) is no lead."""
    words = [w.strip(",;:()«»\"“”") for w in text.split()]
    if len(words) > (longest or MAX_LEAD_WORDS):
        return False
    if date_at_start(text, lex) is None and (dated := find_date(text, lex)) is not None:
        # a headline names the speaker, then the event's date ("… López Obrador. Miércoles 10 de
        # mayo 2023.", a record's run-in header): a title; a lead's sentence may date the event
        # before the speaker's name ("В День студенчества, 25 января 2012 года, Дмитрий Медведев обсудил …")
        words = [w.strip(",;:()«»\"“”") for w in text[dated[1]:].split()]
    if titled_subject(text, surnames, lex):
        return True  # "Professor Kagan introduces the course ...": the speaker in the third person (H1804j)
    return any(nm.fold(w) in surnames and (k and _given_name(words[k - 1], surnames, address, lex)
                                           or nm.fold(w) in given and k + 1 < len(words)
                                           and _given_name(words[k + 1], surnames, address, lex))
               for k, w in enumerate(words))


def titled_subject(text: str, surnames: set, lex: Lexicon) -> bool:
    """The paragraph opens on a title of office and a label's surname as its sentence's subject
    ("Professor Kagan introduces the course ..."), as a course page's overview of a lecture
    does (H1804j); an article ("Le Comité ...") is none, a vocative's comma after the surname ("Professor Kagan, welcome") is speech."""
    words = text.split(maxsplit=2)
    return len(words) == 3 and words[0][:1].isupper() and words[1][:1].isupper() and words[1][-1:].isalpha() \
        and nm.fold(words[1]) in surnames and words[0].lower() not in lex.small_words and nm.is_title_word(words[0], lex)


# A news lead stands at the top: only the first paragraphs before the first label are read.
MAX_LEAD_PARAGRAPHS = 4
MAX_LEAD_WORDS = 120  # longer: a record's cover page run into one paragraph, not a lead
# A magazine introduces its interview with a longer lead, right over the first question: up to
# this many words when the first labelled turn asks (T2551m).
MAX_ASKED_LEAD_WORDS = 250


def _given_name(word: str, surnames: set, address: frozenset, lex: Lexicon) -> bool:
    """A capitalised given name before a surname ("Moussa MARA", "Сергей Лавров"), not an
    office or a form of address ("Secretary Blinken," is an opening speech's address)."""
    w = nm.fold(word)
    initial = len(word) == 2 and word[1] == "."  # "В. Демьяненко": an initial stands for it (H152p)
    return word[:1].isupper() and (word[1:2].isalpha() or initial) and w not in surnames and w not in address \
        and not nm.is_title_word(word, lex)


# A short form in brackets after a name, as a lead defines the labels that follow.
_BRACKETED = re.compile(r"\(([^()\n]{1,16})\)")


def _short_key(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).casefold()


def _label_key(lead: list, rest: list) -> int:
    """Index in `lead` of the last paragraph that defines a label of the turns below as a
    short form in brackets ("журналиста (Ж.)", "Ann Lee (AL)"): the text's key to its speakers,
    written about them, not speech (H151p); -1 when none."""
    # (each printed label once: a transcript prints its few labels over and over)
    keys = set(map(_short_key, {b.label for b in rest[:200] if isinstance(b, Turn) and b.label}))
    keys.discard("")
    found = -1
    if not keys:
        return found
    for n, block in enumerate(lead):
        if isinstance(block, Paragraph) and any(_short_key(m.group(1)) in keys
                                                for t in block.content if isinstance(t, Text)
                                                for m in _BRACKETED.finditer(t.text)):
            found = n
    return _with_short_tail(lead, found)

