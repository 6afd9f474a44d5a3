"""Evidence that a label candidate is a speaker's label, used by the labels pass's policy
(`labelpolicy.LabelPolicy`): names printed with initials, members with a party or group in
brackets, metadata lines listing people, the shape of mixed-case labels ("Name, Role"), and
the rest of a line that reads as a title rather than speech.

`labelshapes` says where a line may open with a label and what the label says; this module
says what the printed words are evidence of.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.transforms.helpers.recordnames import honorific_capitals
from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import is_upper_label, words_of
from teikit.transforms.helpers.rolelabels import lower_role_start
from teikit.transforms.helpers.shapes import ends_sentence, title_cased

# A name printed with initials: "В.Путин", "В.В.Путин", "J. Smith", "A.-M. Dupont".
INITIALLED = re.compile(r"^(?:[^\W\d_a-zа-я]\.-?[ \u00a0]?){1,3}[^\W\d_a-zа-я][^\W\d_]{2,}(?:-[^\W\d_]+)?$")


# (a closing quote may be typed as two apostrophes: ",,Wie bitte?''", L141n)
_SENTENCE_MARK = re.compile(r"[.?!…:;][\"”’')]*(\s|$)|[。？！；]")


def list_line(rest: str) -> bool:
    """ "Speaker: ABEBE SELASSIE, Director, African Department, IMF", "Themen: a, b, c":
    a metadata line listing people or topics (two commas or more, no sentence mark at all).
    Two commas opening the rest are a typed low quotation mark (",,Wie …''"), no list (L141n)."""
    if rest.startswith(",,"):
        rest = rest[2:]
    return rest.count(",") + rest.count("，") + rest.count("、") >= 2 and not _SENTENCE_MARK.search(rest)


_GROUPS = re.compile(r"\s*[(\[]([^()\[\]]+)[)\]]")
MAX_GROUP_WORDS = 10  # "(Deputy Prime Minister and Minister of Finance, Lib.)"


def party_label(name: str, base: str) -> bool:
    """ "Ulrich Roe (AfD)", "Jane Poe (South Hill) (Lab)": a name of two to four words and a
    party, group or place in brackets, as parliamentary records print a member. An acronym
    of the words before it ("Gross Domestic Product (GDP)") is no party."""
    groups = _GROUPS.findall(name[len(base):])
    words = words_of(base)
    if not groups or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words).upper()
    return all(1 <= len(g.split()) <= MAX_GROUP_WORDS and g.replace(".", "").upper() != initials for g in groups)


def role_in_brackets(name: str, base: str, lex: Lexicon) -> bool:
    """ "Аксенов (пресс-атташе ЦСКА)", "Roe (главный тренер)": a capitalised name of one to three
    words and, in brackets after it, up to four words of which one is a role the lexicon knows
    (`role_nouns`, `label_role_words`): a label that says who speaks, printed once (L495a). A
    bracket of other words ("Bildquelle (Header)") is none."""
    rest = name[len(base):].strip()
    words = words_of(base)
    if rest[:1] != "(" or rest[-1:] != ")" or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    inside = [w.strip(",;").lower() for w in rest[1:-1].split()]
    return 1 <= len(inside) <= MAX_ROLE_WORDS and any(w in lex.role_nouns or w in lex.label_role_words for w in inside)


MAX_ROLE_WORDS = 4


def upper_members(name: str, lex: Lexicon) -> bool:
    """An upper-case label, or members in capitals as records print them: "JANE ROE (FI) e
    JOHN POE", "JANE ROE (Ulivo), Relatore" (groups in brackets, joining words in lower
    case and a capitalised office after a comma allowed)."""
    if is_upper_label(name, lex) or honorific_capitals(name, lex):
        return True  # "Mme PETIT": a capital surname after its honorific (T682c)
    if "(" not in name and "[" not in name:
        return False
    head, _, office = _GROUPS.sub("", name).partition(",")
    words = [w for w in head.split() if w not in lex.small_words]
    if office and not (len(office.split()) <= 4 and office.strip()[:1].isupper()):
        return False
    return bool(words) and is_upper_label(" ".join(words), lex)


def speech_line(line: str) -> bool:
    """Not empty, and not a short line of capitalised words without sentence punctuation
    (another name, a menu entry or a heading); in ideographs, which have no case, a line
    whose first sentence ends inside it is speech even when a repost cuts it off mid-sentence
    ("大家上午好!感谢新闻媒体长期以来对…工作的", L1550i)."""
    line = line.strip()
    return bool(line) and (ends_sentence(line) or any(
        w[:1].islower() for w in line.split()) or _SENTENCE_INSIDE_IDEOGRAPHS.search(line) is not None)


# An ideograph, a sentence's end, an ideograph: a finished sentence inside a line of ideographs.
_SENTENCE_INSIDE_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff][。!?！？][\u3400-\u9fff]")


# --- the shape of mixed-case labels and of title lines (used by the labels pass) -----------

_MIXED_WORD = re.compile(r"^[^\W\d_][\w.'’\-]*(?:/[^\W\d_][\w.'’\-]*)?$")  # "Radio/Nord", "Moderator/in" (T906d)
# A word in quotation marks after the first: an organisation's name ("ФК «Зоркий»", "клуба \"Динамо\"").
_QUOTED_NAME = re.compile(r"^[«„“\"]([^«»„“”\"]+)[»“”\"]$")
# An elided article or particle in lower case glued by an apostrophe-like sign to a capitalised
# word: "d’Land", "l'Obs", "d᾽Land" (a koronis or modifier letter typed for the apostrophe), a
# publication's or a name's own spelling (L1603i).
_ELIDED_CAPITAL = re.compile(r"^[^\W\d_]{1,2}['’ʼ᾽ʹ´`′]([^\W\d_])[\w.'’\-]*$")


@lru_cache(maxsize=4096)  # a transcript prints its few labels over and over
def is_mixed_candidate(name: str, lex: Lexicon) -> bool:
    """Shape of a mixed-case label: capitalised name words, optionally ", Role"."""
    if name != name.strip() or name.count(",") > 1:
        return False
    words = words_of(name.replace(",", " "))
    if not words or len(words) > 6:
        return False
    if words[0].strip(".'’").upper() in lex.label_not_words:
        return False
    allowed = _lower_case_allowed(lex)
    role_from = lower_role_start(name, lex)
    for i, w in enumerate(words):
        if i and w.isdigit() and len(words) == 2:  # "Speaker 1"; "Mitch Part 4" is a title's part
            continue
        if not i and w[0].islower() and (elided := _ELIDED_CAPITAL.match(w)) and elided.group(1).isupper():
            continue  # "d’Land: …" (L1603i)
        w = _QUOTED_NAME.sub(r"\1", w) if i else w  # "Тренер ФК «Зоркий»": a club's name in quotes (L2143k)
        if not _MIXED_WORD.match(w) and not (i and w.lower() in lex.name_particles):
            return False  # a particle may open with an apostrophe: "In 't Veld" (T991e)
        if not w[0].isupper() and not (i and (w.lower() in allowed or _office_after_article(words, i, lex)
                                              or _office_attribute(words, i, lex))) \
                and i < role_from:
            return False  # "President of Russia Vladimir Putin", "CCTV reporter"
    return True


@lru_cache(maxsize=None)
def _lower_case_allowed(lex: Lexicon) -> frozenset:
    """The words a mixed-case label may print in lower case (united per call, they were most
    of the shape test's time)."""
    return lex.label_small_words | lex.name_particles | lex.reporter_words | lex.honorifics


def _office_after_article(words: list[str], i: int, lex: Lexicon) -> bool:
    """ "El presidente", "Le président": an office in lower case after a capitalised article
    (or after an article and an honorific: "La señora consejera");
    "Eerste minister", "Premier ministre": or after an ordinal word (T990e)."""
    before = words[i - 1].lower()
    ordinal = before.isalpha() and before in lex.ordinals
    # "El señor diputado SANZ REMÓN": or after an article and an honorific (L2106k)
    titled = i >= 2 and before in lex.honorifics and words[i - 2].lower() in lex.articles
    return (before in lex.articles or ordinal or titled) and words[i].lower() in lex.label_role_words


def _office_attribute(words: list[str], i: int, lex: Lexicon) -> bool:
    """ "Präsident der vorberatenden Kommission": an office's body named after it, with an
    adjective in lower case between the article and the body's noun (L2104k)."""
    return 1 < i < len(words) - 1 and words[0].lower() in lex.label_role_words \
        and words[i - 1].lower() in lex.articles and words[i + 1][:1].isupper()


# A headline in ideographs: no sentence or clause punctuation at all, and long enough
# that a short reply ("谢谢") is not taken for one.
_IDEOGRAPHIC_HEADLINE = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff“”‘’《》「」\"'\w \u3000]{8,}$")
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")


def heading_like(rest: str, lex: Lexicon) -> bool:
    """The rest of a title line such as "Secretary Blinken: Remarks With Foreign Minister
    Lavrov": title-cased words without sentence punctuation, not speech; in ideographs,
    a line without any punctuation ("中方：日方应认真对待……的正当诉求", a headline)."""
    if _IDEOGRAPH.match(rest[:1]):
        return _IDEOGRAPHIC_HEADLINE.match(rest) is not None
    return title_cased(rest, lex.small_words, min_words=3, share=0.7) or _capitals_headline(rest)


_HEADLINE_MARKS = re.compile(r"[.?!…;:]")


def _capitals_headline(rest: str) -> bool:
    """ "ГЛАВВРЕД, КАК РАСХОДНАЯ ЧАСТЬ БЮДЖЕТА": a headline's quotation in capitals, three
    words or more and no sentence punctuation at all (speech in capitals ends its sentences)."""
    return len(rest.split()) >= 3 and rest.isupper() and _HEADLINE_MARKS.search(rest) is None


# A bracketed label of ideographs is a name or an office of at most this many characters.
MAX_IDEOGRAPH_LABEL = 8


@lru_cache(maxsize=None)
def _event_phrases(lex: Lexicon) -> tuple:
    """The `fullmatch` of each event phrase of a lexicon, compiled once for it."""
    return tuple(re.compile(phrase).fullmatch for _, _, phrase in lex.event_rules)


def event_phrase(text: str, lex: Lexicon) -> bool:
    """`text` is an event phrase of the lexicon (`event_rules`): "Laughter", "掌声"."""
    words = text.lower()
    return any(event(words) for event in _event_phrases(lex))


def bracket_name(name: str, lex: Lexicon) -> bool:
    """ "主持人", "温家宝", "ANN LEE", "Ann Lee" in square brackets can name a speaker; an event
    in brackets ("[掌声]", "[Laughter]", lexicon `event_rules`) cannot."""
    if event_phrase(name, lex):
        return False
    if all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in name):
        return len(name) <= MAX_IDEOGRAPH_LABEL
    return is_upper_label(name, lex) or (is_mixed_candidate(name, lex) and 2 <= len(words_of(name)) <= 4)


# A lone bracketed name ("[傅瑩]...") is a label when the speech glued to it is this long.
MIN_LONE_BRACKET_SPEECH = 40
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def lone_bracketed_speaker(base: str, rest: str, brackets, lex: Lexicon) -> bool:
    """"[傅瑩]對記者們關心的...": a personal name in ideographs, in square brackets, glued to a
    long speech, the only bracketed name of the page (`brackets`: names -> lines) and printed
    once: a statement's one speaker (L125m). Names of one or four ideographs, role words and
    event words are no such name; a line without a sentence end is a headline after its tag
    ("【双语】例行记者会/Regular Press Conference(2018-02-06)"), not speech (L165q)."""
    return len(brackets) == 1 and sum(brackets.values()) == 1 and HAN_NAME.fullmatch(base) is not None \
        and base.lower() not in lex.label_role_words and len(rest) >= MIN_LONE_BRACKET_SPEECH \
        and bracket_name(base, lex) and _SPOKEN.search(rest) is not None


# A sentence end in ideographs or Latin script: what follows a speaker's bracketed name is said.
_SPOKEN = re.compile(r"[。！？!?]|[.…](?:[\s\"”’)]|$)")


def alone_style_start(colon_lines: dict, counts) -> int:
    """The first line of a document whose colon labels stand alone on their line ("Kevin:"
    over the speech), two names or more each printed twice, and none with the speech on its
    line printed twice; -1 when its labels are not so. `colon_lines`: (name, alone) -> the
    line each is first printed on."""
    alone = [at for (name, bare), at in colon_lines.items() if bare and counts[name] >= 2]
    inline_style = any(counts[name] >= 2 for (name, bare) in colon_lines if not bare)
    return min(alone) if len(alone) >= 2 and not inline_style else -1


# A further sentence of the rest that opens with a capital: the text is written in sentence case.
_CASED_SENTENCE = re.compile(r"[.?!…][\"”’')]*\s+[^\W\d_]")


def vocative_opening(name: str, rest: str, spoken: set, lex: Lexicon) -> bool:
    """ "Sindaco: il problema di piazza Dante è decennale. Il cittadino ...": a word and a colon
    opening a sentence that goes on in lower case, in a text written in sentence case, where no
    other line opens with a label over speech: the address that opens a question, not a label
    (L301j). `spoken`: the names of the document's colon candidates with speech after them."""
    if not rest[:1].islower() or spoken != {name} or is_upper_label(name, lex):
        return False
    if lex.room_greetings and lex.pattern("room_greetings").match(rest):
        return False  # "Giornalista: buonasera a tutti. ...": the labelled one greets the room (L2560m)
    cased = _CASED_SENTENCE.search(rest)
    return cased is not None and rest[cased.end() - 1].isupper()
