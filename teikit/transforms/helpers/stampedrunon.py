"""Segments of a transcript export that open with a recording time and the speaker's name, no
separator after either, often run together into one line (L321b).

Podcast, video and transcription-service exports print each segment as `m:ss Name speech`;
a copy that lost the export's line breaks runs them into one paragraph:

    Kunst des Interviews 0:00 Musik [Heitere Musik] 0:24 Anja Roe Moin und hallo. Ich bin
    Anja Roe. 1:12 Anja Roe In dieser Folge … 2:03 Peter Lee Hallo, Anja. 2:09 Anja Roe Peter.

(one line in the file). No colon ends the name, so where it ends is read from the document:
the names are the word sequences that follow the times again and again. After each time, the
capitalised words (up to `MAX_NAME_WORDS`) are read; the name is the shortest sequence of them
that follows two times or more and is then followed by different words (`Anja Roe` before
`Moin`, `In`, `Peter.`) or by no other capitalised word (`Musik` before `[Heitere`). A name
printed after one time only is taken where the text prints the same words elsewhere (`… mit
Peter Lee sprechen`); else that time opens no segment. The shape is taken only as a
recording's timeline: at least `MIN_SEGMENTS` named segments, their times never going back,
most of them holding a sentence; a clock time in speech (`um 10:30 Anja Roe …` once) or a
chapter list (titles, no sentences) is none.

Each segment then opens a line of its own, and the time and the name are its label: the time a
timestamp of the turn (kept in `note[@type='timestamp']`, as for `00:00:03 Ann Lee: …`), the name
the speaker's label.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from teikit.model import Paragraph, Transcript
from teikit.transforms.helpers.labeltimes import TS
from teikit.transforms.helpers.labelshapes import Candidate
from teikit.transforms.helpers.labeltext import caseless_name
from teikit.transforms.helpers.runon import line_pieces, run_on_key, split_apart
from teikit.transforms.timestamps import seconds

MAX_NAME_WORDS = 3
MIN_SEGMENTS = 3
MIN_RECURRING = 2  # printings of a name after times that make it a name of the document
# A time at a line's start or after a space, then a space and a letter.
_SLOT = re.compile(rf"(?:(?<=\s)|^)(\[{TS}\]|\({TS}\)|{TS})[ \t\u00a0]+(?=[^\W\d_])")
# A time, then a label and its colon (in bold or italics at most): "(0:02) **Ann:**", "0:24 Ann Lee:".
_TIMED_COLON_LABEL = re.compile(rf"(?:(?<=\s)|^)(?:\[{TS}\]|\({TS}\)|{TS})[ \t\u00a0]+[*_]{{0,2}}[^\W\d_][^:：\n]{{0,40}}?[:：]")
# A word of a name: capitalised, letters with inner apostrophes and hyphens ("O'Neil",
# "Jean-Luc"); a number after the first ("Speaker 2", a diarization id).
_COLONS = ":："
_PUNCTUATION = ".,;:!?…\"'“”„«»‘’()[]"
# A digit, a colon, two digits: the pattern opens with the colon (its digit read behind it),
# a literal the search skips to at C speed, where a leading `\d` is tried at every character.
_TIME_HINT = re.compile(r":(?<=\d:)\d\d")
# A sentence's end inside a segment.
_SENTENCE = re.compile(r"[.?!…](?=[\s\"”’»)]|$)|[。？！]")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*|\d{1,3}")


def split_stamped_run_on(doc: Transcript, plain: list[tuple[Paragraph, str]]) -> dict[str, str]:
    """Cut the one-line paragraphs of `plain` (`runon.one_line_paragraphs`) before each named
    segment's time; the segment labels found, as printed (time and name) -> name."""
    # (a time holds a colon between digits: most lines are passed over at C level)
    timed = [(at, text) for at, (_, text) in enumerate(plain) if ":" in text and _TIME_HINT.search(text)]
    slots = [(at, m) for at, text in timed for m in _SLOT.finditer(text)] if timed else []
    if len(slots) < MIN_SEGMENTS:
        return {}  # most documents
    texts = dict(timed)
    slots = _unlabelled(slots, texts)
    if len(slots) < MIN_SEGMENTS:
        return {}  # "[Speaker 1] [00:20] Because …": each time a label's (L831d)
    if sum(len(_TIMED_COLON_LABEL.findall(text)) for text in texts.values()) >= MIN_SEGMENTS:
        return {}  # "(0:02) **Ann:** …" then "(2:51) Porque …": the export labels with colons, a time alone continues the turn (T911d)
    heads = {(at, m.start()): _words_after(texts[at], m.end()) for at, m in slots}
    names = _names(heads, [text for _, text in plain])
    named = [(at, m, names[(at, m.start())]) for at, m in slots if (at, m.start()) in names]
    if not _timeline(named, texts):
        return {}
    cuts: dict[int, list[int]] = defaultdict(list)
    for at, m, _ in named:
        if m.start():
            cuts[at].append(m.start())
    split_apart(doc, plain, {id(plain[at][0]): (at, line_pieces(texts[at], at_cuts, plain[at][0].line))
                             for at, at_cuts in cuts.items()})
    return {texts[at][m.start():m.end()] + name: name for at, m, name in named}


# What a label prints right before its time: a bracketed id or name ("[Speaker 1] [00:20]"),
# or a line's first words up to the time ("SPEAKER_01 (00:20)", "Ann Lee 00:20").
_LEAD = re.compile(r"(?:^|(?<=\s))(\[[^\[\]\n]{1,40}\]|\([^()\n]{1,40}\))[ \t\u00a0]*$")
_LINE_LEAD = re.compile(r"^[ \t\u00a0]*(\S+(?:[ \t\u00a0]+\S+){0,3})[ \t\u00a0]*$")
MAX_LEAD_CHARS = 48


def _unlabelled(slots: list, texts: dict[int, str]) -> list:
    """`slots` without the times a label prints before it: where half the times or more follow
    a lead that the document prints before times again (a diarization id or a name,
    `[Speaker 1] [00:20] Because …`), the times are the labels' own (L831d), and the first word
    after each is speech, not a name; a time after a bracketed event (`[Musik] 0:24 Anja Roe`)
    printed once stays a segment's."""
    leads = {}
    for at, m in slots:
        before = texts[at][max(0, m.start() - MAX_LEAD_CHARS):m.start()]
        lead = _LEAD.search(before) or (_LINE_LEAD.match(before) if m.start() <= MAX_LEAD_CHARS else None)
        if lead is not None and not _TIME_HINT.search(lead.group(1)):
            leads[(at, m.start())] = lead.group(1)
    printed = Counter(leads.values())
    labelled = {key for key, lead in leads.items() if printed[lead] >= MIN_RECURRING}
    if 2 * len(labelled) < len(slots):
        return slots
    return [(at, m) for at, m in slots if (at, m.start()) not in labelled]


def _words_after(text: str, start: int) -> list[str]:
    """The tokens after a time (split at spaces), one more than a name may have."""
    return text[start:start + 120].split(None, MAX_NAME_WORDS + 1)[:MAX_NAME_WORDS + 1]


def _name_words(tokens: list[str]) -> list[str]:
    """The leading tokens that are name words: capitalised (a number after the first), or a
    name of a caseless script ("主持人", "李宁": `labeltext.caseless_name`)."""
    out: list[str] = []
    for token in tokens[:MAX_NAME_WORDS]:
        if not (_NAME_WORD.fullmatch(token) and (token[0].isupper() or (out and token.isdigit()))) \
                and not caseless_name(token):
            break
        out.append(token)
    return out


def _colon_label(tokens: list[str], most: int = MAX_NAME_WORDS + 1) -> bool:
    """A colon opens or closes one of the first `most` tokens after a time: a colon label
    ("Speaker 03:", "**Ann:**", "Ann Lee :"), read by its own rules."""
    return any(t[:1] in _COLONS or t.rstrip("*_")[-1:] in _COLONS for t in tokens[:most])


def _names(heads: dict, texts: list[str]) -> dict[tuple[int, int], str]:
    """The name each slot (`(paragraph, offset)` -> its tokens) opens with, where the document
    says; none unless a name follows `MIN_RECURRING` times."""
    words = {key: _name_words(tokens) for key, tokens in heads.items()}
    printed: Counter = Counter()
    following: dict[tuple, set] = defaultdict(set)
    for key, name_words in words.items():
        for k in range(1, len(name_words) + 1):
            printed[tuple(name_words[:k])] += 1
            following[tuple(name_words[:k])].add(heads[key][k] if k < len(heads[key]) else "")
    out: dict[tuple[int, int], str] = {}
    once: dict[tuple[int, int], list[str]] = {}  # slots whose name no other time prints
    for key, name_words in words.items():
        if _colon_label(heads[key], len(name_words) + 2):
            continue  # "[00:05] Speaker 03: …", "0:24 Ann Lee : …": a colon label, read by its own rules
        for k in range(1, len(name_words) + 1):
            prefix = tuple(name_words[:k])
            if printed[prefix] >= MIN_RECURRING and (k == len(name_words) or len(following[prefix]) >= 2):
                out[key] = " ".join(prefix)
                break
        else:
            if len(name_words) >= 2:
                once[key] = name_words
    common = _common_words({name for name in out.values() if " " not in name}, printed, texts)
    common |= _sentence_openers(out, heads)
    out = {key: name for key, name in out.items() if name not in common}
    if len(out) < MIN_RECURRING:
        return {}
    elsewhere = _printed_elsewhere(once, printed, texts)
    out.update({key: name for key, name in elsewhere.items()})
    return out


def _sentence_openers(out: dict, heads: dict) -> set[str]:
    """The one-word names whose speech goes on in lower case after most of their times: a
    sentence's first word (`0:35 I construct it …`, `0:47 My creativity …`, `1:50 Thank you.`),
    whatever case the text prints it in elsewhere (L2042k). A name is followed by the first
    word of a sentence (`0:24 Anja Moin und hallo.`)."""
    slots: Counter = Counter()
    lowered: Counter = Counter()
    for key, name in out.items():
        if " " not in name:
            slots[name] += 1
            after = heads[key][1] if len(heads[key]) > 1 else ""
            lowered[name] += after[:1].islower()
    return {name for name, k in slots.items() if 2 * lowered[name] > k}


# At most this many one-word names are checked against the text's lower-case words.
MAX_CHECKED_NAMES = 256


def _common_words(names: set[str], printed: Counter, texts: list[str]) -> set[str]:
    """The one-word names that the text prints more often in lower case than after the times:
    a sentence's first word after a time (`0:40 Und dann …`, `0:52 But …`), not a name
    (T911d). A name is capitalised wherever it stands; `Will` printed after forty times and
    `will` in ten sentences stays a name."""
    cased = sorted((n for n in names if n.lower() != n and not n.isdigit()), key=lambda n: -printed[(n,)])
    cased = cased[:MAX_CHECKED_NAMES]
    if not cased:
        return set()
    lower = re.compile(r"(?<!\w)(?:" + "|".join(sorted({re.escape(n.lower()) for n in cased}, key=len, reverse=True))
                       + r")(?!\w)")
    seen: Counter = Counter()
    for text in texts:
        seen.update(lower.findall(text))
    return {n for n in cased if seen[n.lower()] > printed[(n,)]}


def _printed_elsewhere(once: dict, printed: Counter, texts: list[str]) -> dict:
    """For each slot of `once` (its name words), the longest run of them, two words at least,
    that the text (`texts`, its lines) prints more often than after the times: a name the
    speech or the show notes print too ("… mit Peter Lee")."""
    runs = {tuple(words[:k]) for words in once.values() for k in range(2, len(words) + 1)}
    if not runs:
        return {}
    seen: Counter = Counter()
    for window in _name_windows(texts, {run[0] for run in runs}):
        for k in range(2, MAX_NAME_WORDS + 1):
            if window[:k] in runs:
                seen[window[:k]] += 1
    found = {}
    for key, words in once.items():
        run = next((tuple(words[:k]) for k in range(len(words), 1, -1)
                    if seen[tuple(words[:k])] > printed[tuple(words[:k])]), None)
        if run is not None:
            found[key] = " ".join(run)
    return found


# First words of names `_name_windows` finds by one pattern; more (a page of thousands of
# names, each tried where its first letter stands) are found by reading every word.
MAX_SEARCHED_FIRSTS = 32
# What follows a word up to the next space: punctuation only (`_PUNCTUATION`, stripped).
_WORD_END = "(?=[" + "".join(map(re.escape, _PUNCTUATION)) + r"]*(?!\S))"


def _name_windows(texts: list[str], firsts: set[str]):
    """From each word of the text (`texts`: its lines; words split at spaces, punctuation
    stripped) that is one of `firsts`, the tuple of it and the words after it, `MAX_NAME_WORDS`
    in all (fewer at the text's end), in reading order. The few first words a document asks
    for are found by one pattern, line by line: the text's words are never all made (a list of
    them took ten times the text's memory, and most of the time)."""
    if len(firsts) > MAX_SEARCHED_FIRSTS:
        for tokens, stop in _word_windows(texts):
            for i, token in enumerate(tokens[:stop]):
                if token in firsts:
                    yield tuple(tokens[i:i + MAX_NAME_WORDS])
        return
    # (a word with punctuation at an end is no stripped word; where "Ann" is followed by "a",
    # the word end sends the pattern on to "Anna")
    searched = sorted(f for f in firsts if f and f == f.strip(_PUNCTUATION))
    if not searched:
        return
    pattern = re.compile("(?:" + "|".join(map(re.escape, searched)) + ")" + _WORD_END)
    for n, text in enumerate(texts):
        for m in pattern.finditer(text):
            start = m.start()
            while start and text[start - 1] in _PUNCTUATION:
                start -= 1
            if start == 0 or text[start - 1].isspace():  # (else inside a word: "x.Ann")
                yield tuple(w.strip(_PUNCTUATION) for w in _words_from(texts, n, start))


def _words_from(texts: list[str], n: int, start: int) -> list[str]:
    """The first `MAX_NAME_WORDS` words from `start` in line `n`, the next lines' after it."""
    words = _head_words(texts[n], start, MAX_NAME_WORDS)
    while len(words) < MAX_NAME_WORDS and n + 1 < len(texts):
        n += 1
        words += _head_words(texts[n], 0, MAX_NAME_WORDS - len(words))
    return words


def _head_words(text: str, start: int, most: int) -> list[str]:
    """The first `most` words of `text[start:]` (fewer at its end), read from a slice that
    grows until it holds them (a long line is not copied for a name at its start)."""
    size = 128
    while True:
        words = text[start:start + size].split(None, most)
        if len(words) > most or start + size >= len(text):
            return words[:most]
        size *= 4


# Characters whose words `_word_windows` reads at once (lines are not cut): a list of every
# word of a long text, one string each, held ten times the text's size.
WORD_BATCH_CHARS = 32_768


def _word_windows(texts: list[str]):
    """The words of `texts` in reading order (split at spaces, punctuation stripped), a batch
    of lines at a time: (words, stop) where each word before `stop` has the `MAX_NAME_WORDS`
    - 1 words after it in the list too (or the text's end); the words from `stop` on open the
    next list. The same windows as one list of the whole text's words."""
    tail: list[str] = []
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and size < WORD_BATCH_CHARS:
            size += len(texts[end])
            end += 1
        tokens = tail + [t.strip(_PUNCTUATION) for text in texts[start:end] for t in text.split()]
        stop = len(tokens) if end == len(texts) else max(0, len(tokens) - (MAX_NAME_WORDS - 1))
        yield tokens, stop
        tail, start = tokens[stop:], end


def _timeline(named: list, texts: dict[int, str]) -> bool:
    """The named segments read as a recording's: enough of them, their times never going back,
    and at least half of them holding a sentence (a chapter list holds titles)."""
    if len(named) < MIN_SEGMENTS:
        return False
    times = [seconds(m.group(1)) for _, m, _ in named]
    if any(later < earlier for earlier, later in zip(times, times[1:])):
        return False
    sentences = 0
    for i, (at, m, _) in enumerate(named):
        nxt = named[i + 1] if i + 1 < len(named) else None
        end = nxt[1].start() if nxt is not None and nxt[0] == at else len(texts[at])
        sentences += _SENTENCE.search(texts[at], m.end(), end) is not None
    return 2 * sentences >= len(named)


def add_stamped_candidates(lines: list[str], found: list, labels: dict[str, str]) -> None:
    """Give each line of `lines` that opens with one of `labels` (a segment's time and name,
    then a space) that label as its only candidate: no other reading of its words holds."""
    if not labels:
        return
    for at, line in enumerate(lines):
        m = _SLOT.match(line)
        if m is None:
            continue
        label = next((label for label in labels
                      if line.startswith(label) and line[len(label):len(label) + 1].isspace()), None)
        if label is None:
            continue
        found[at] = [Candidate(label=label, name=labels[label], rest=line[len(label):].strip(), shape="bare",
                               time=m.group(1), time_first=True)]


def stamped_keys(labels: dict[str, str]) -> set[str]:
    """The names of `labels` in `run_on_key` form: the labels pass takes them as labels."""
    return {run_on_key(name) for name in labels.values()}
