"""Several turns run together on one line (OCR'd typescripts, some TV and news pages):
"... morning. Mr. Clemens. Good ...", "... ? QUESTION.- ...", "... that. THE PRESIDENT: Well".

`split_run_on_turns` splits such long lines before the labels printed inside them, so that
the labels pass finds each at the start of a paragraph; it returns the labels it split at,
which that pass then takes as confirmed (`split_glued_records`: a whole record glued on
one line). The splitting helpers share one list of the one-line paragraphs
(`one_line_paragraphs`, `split_apart`); turns without a name (caption marks, dashes) are
`unnamedturns`', joining paragraphs again `paragraphjoins`'. `announced_labels` reads a
"speaker" line before a label line.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Paragraph, Text, Transcript
from teikit.transforms.helpers.gluedconfirm import confirmed_labels, glued_ideograph_colons, number_before, numbered_typescript
from teikit.transforms.helpers.labelshapes import candidates
from teikit.transforms.helpers.lines import first_line, first_text, joined, line_text, lines_of
from teikit.transforms.helpers.namedelsewhere import NamedElsewhere
from teikit.transforms.helpers.runonwords import speaker_word, speech_after, titled_speaker

# A label inside a long line, after a sentence end: "... ? QUESTION.- ...", "... morning.
# Mr. Clemens. Good ...". Several turns run together on one line (OCR'd typescripts).
RUN_ON_MIN_CHARS = 300
RUN_ON_SAMPLE = 30


@lru_cache(maxsize=None)
def run_on_pattern(lex: Lexicon) -> re.Pattern:
    """A label as it may stand inside a run-on line; where it may stand is `_ANCHOR`'s.
    Built once per lexicon (rebuilt per document, it cost a millisecond of each small one)."""
    honorifics = "|".join(sorted({re.escape(h.rstrip(".").capitalize()) for h in lex.honorifics if h.isalpha()
                                  or h.rstrip(".").isalpha()}, key=len, reverse=True))
    generic = "|".join(map(re.escape, lex.question_labels))
    # an answer word ("A:") too, not after a short capitalised word and its stop ("MR. A:" is
    # a name); a dialogue of question and answer words needs both, each twice
    answers = "|".join(map(re.escape, sorted(lex.answer_labels, key=len, reverse=True)))
    label = (r"(?:[^\W\d_a-z]{2,}\.?[ \u00a0]){0,3}[^\W\d_a-z]{2,}[ \u00a0]?(?:\.-|:)(?=\s)"  # QUESTION.-  MR. LEE :
             rf"|(?:{generic})[ \u00a0]?(?:\.-|:)(?=\s)"                                     # Q:
             r"|[^\W\d_a-z]\.[ \u00a0]?[^\W\d_a-z]{2,}[ \u00a0]?:(?=\s)"                          # А.ИВАНОВ: (T652c)
             r"|\[[^\W\d_][^\[\]\n:]{0,40}\]:(?=\s)"                                         # [Q - Ann Lee]:
             rf"|(?<!\b[^\W\d_][^\W\d_]\. )(?<!\b[^\W\d_][^\W\d_]{{2}}\. )(?:{answers})[ \u00a0]?(?:\.-|:)(?=\s)"  # A:
             rf"|(?:{honorifics})\.[ \u00a0][A-Z][\w'’\-]+\.(?=[ \u00a0][A-Z])"          # Mr. Clemens. Good
             r"|" + CJK_LABEL)                                                                # 主持人:您好
    return re.compile(rf"({label})")


# A Chinese or Japanese label inside a run-on line: a name or office of two to six ideographs
# and a colon, the speech glued to it ("... 上岗? 主持人:您好 ..."); found only after a sentence
# end and a space (`_ANCHOR`), in a dialogue (`split_run_on_turns`).
# A two-ideograph name may be padded with a space to the width of three ("杨 春:") (L171r).
CJK_LABEL = r"(?:[\u3400-\u9fff]{2,6}|[\u3400-\u9fff][ \u3000][\u3400-\u9fff])[:：](?![\s:：])"


# Where a label may start inside a line: after a sentence end or a bracketed note and one or
# two spaces, or after a page or line number of a typescript ("2401 5 Mr. Barnett."); or at
# the start of the paragraph. Found first, so that the label pattern is tried only there
# (trying it at every character of every long line cost a fifth of a conversion).
# A label of two words or more in capitals may also cut into a sentence, as an interruption
# does ("... and who has MARC DE BRICHAMBAUT: In Europe.").
_ANCHOR = re.compile(r"[.?!…»”\"\d)\]。？！」』] {1,2}(?! )|(?<=[a-z,]) (?=(?:[^\W\d_a-z]{2,}\.?[ \u00a0]){1,3}[^\W\d_a-z]{2,}:[ \u00a0][^\W\d_a-z])")


# Every label `run_on_pattern` matches holds a ":" or ".-", or is an honorific's "Mr. Clemens. G"
# (a full stop, a capitalised word, a full stop, a capital).
_ONE_WORD_SENTENCE = re.compile(r"\.[ \u00a0][A-Z][\w'’\-]+\.[ \u00a0][A-Z]")


def _last_label_start(text: str) -> int:
    """A position no label of `run_on_pattern` starts after: the last ":" or ".-", or the end
    of the last `_ONE_WORD_SENTENCE` (finditer skips one overlapping a match before it, but
    that one starts inside the match). Anchors are looked for only up to there: most of a
    long line of speech has no label shape after its first words."""
    last = max(text.rfind(":"), text.rfind(".-"), text.rfind("："))
    for m in _ONE_WORD_SENTENCE.finditer(text, last + 1):
        last = m.end()
    return last


def labels_in(text: str, pattern: re.Pattern, at_start: bool = True, last: int | None = None) -> list[tuple[int, str]]:
    """(start, label) of every label `pattern` finds at an anchor of `text`, left to right and
    not overlapping, as `finditer` of the pattern behind the anchors would give them;
    `at_start=False`: only labels inside the line; `last`: `_last_label_start(text)`."""
    found: list[tuple[int, str]] = []
    end = 0
    if last is None:
        last = _last_label_start(text)
    if last < 0:
        return found  # (no ":", ".-" or one-word sentence: most lines of speech)
    # an anchor ending by `last` is found alike in the text cut a few characters after it
    # (its spaces and the look-ahead after them lie before the cut)
    starts = (a.end() for a in _ANCHOR.finditer(text, 0, last + 4))
    for start in itertools.chain((0,) if at_start else (), starts):
        if start > last:
            break
        if start < end:
            continue
        m = pattern.match(text, start)
        if m and not text[start].islower():  # (the pattern's capitals are ASCII: "здравствуйте. Ann Lee:" is none)
            found.append((start, m.group(1).strip()))
            end = m.end()
    return found


def run_on_key(name: str) -> str:
    return name.rstrip(":.-\u00a0 ")


def one_line_paragraphs(doc: Transcript) -> list[tuple[Paragraph, str]]:
    """(paragraph, text) of each paragraph that is one line of plain text: the paragraphs the
    splitting helpers below look into, found once for all of them, since a long transcript
    has a paragraph on most lines. A helper that splits paragraphs puts the pieces in their
    place in this list too (`split_apart`), rather than having the blocks walked again."""
    return [(b, b.content[0].text) for b in doc.blocks
            if type(b) is Paragraph and len(b.content) == 1 and type(b.content[0]) is Text]


def line_pieces(text: str, cuts: list[int], line: int, keep_last: bool = False) -> list[Paragraph]:
    """One-line paragraphs of the stripped parts of `text` between the cuts: those that hold
    words, and with `keep_last` the last part in any case."""
    bounds = list(zip([0] + cuts, cuts + [len(text)]))
    # a part glued to the next one ("ALM-Poitiers (4)" + "MHD : …", L2244l) keeps no space after it
    return [Paragraph(content=[Text(text[start:end].strip())], line=line,
                      joined=end < len(text) and not text[end - 1].isspace() or None)
            for n, (start, end) in enumerate(bounds) if text[start:end].strip() or (keep_last and n == len(bounds) - 1)]


def split_apart(doc: Transcript, plain: list[tuple[Paragraph, str]], split: dict[int, tuple[int, list]]) -> None:
    """Replace each one-line paragraph whose id is in `split` (its position in `plain`, its
    pieces: one-line paragraphs) by its pieces, in the blocks and in `plain` alike."""
    if not split:
        return
    # where each split block stands (each place, should a block be listed twice), found at C
    # level: a Python loop over the blocks for each helper that splits cost more than the
    # splitting, and a map of every block's identity to its place was a long transcript's peak
    # memory (an int object per block, twice)
    blocks = doc.blocks
    places = itertools.compress(range(len(blocks)), map(split.__contains__, map(id, blocks)))
    doc.blocks = _replaced(blocks, [(at, split[id(blocks[at])][1]) for at in places])
    plain[:] = _replaced(plain, [(at, [(piece, piece.content[0].text) for piece in pieces]) for at, pieces in split.values()])


def _replaced(items: list, places: list[tuple[int, list]]) -> list:
    """`items` with the item at each place replaced by its pieces; the items between the
    places taken over by slices."""
    out: list = []
    done = 0
    for at, pieces in sorted(places, key=lambda place: place[0]):
        out += items[done:at]
        out += pieces
        done = at + 1
    out += items[done:]
    return out


def _reuse_scan(scans: dict, para: Paragraph, text: str, last: int, labels: list) -> None:
    """Keep a line's labels as id -> (paragraph, text, labels) for `wrappedrunon`, which reads
    a line followed by a space (a label may end a line there), when those are its labels too:
    with `last + 4` inside the text the anchors are looked for in the same characters, and no
    label ends the text (its ":" or ".-" would be `last`), so none looks ahead to the space."""
    if last + 4 <= len(text) and "\n" not in text:
        scans[id(para)] = (para, text, labels)


def split_run_on_turns(doc: Transcript, lex: Lexicon, plain: list[tuple[Paragraph, str]],
                       scans: dict | None = None, long_lines: list | None = None) -> set[str]:
    """Split long one-line paragraphs before labels printed inside them, when the document
    has a dialogue of such labels: at least two different ones, each at least twice. In such
    a dialogue a label of two words or more printed once ("PRIME MINISTER MORI:", "Mr.
    Cohen.") is taken too: one-word ones may be an acronym or a word in capitals. `plain`:
    `one_line_paragraphs(doc)`, brought up to date with the split. `scans`: filled as
    `_reuse_scan` tells, for the scan of wrapped lines. `long_lines`: filled with (position,
    paragraph) of the lines of `plain` longer than `RUN_ON_MIN_CHARS` after the split, for
    the next helper that reads only long lines (`bareqa`)."""
    pattern = run_on_pattern(lex)
    long_paras = [(at, b) for at, (b, text) in enumerate(plain) if len(text) > RUN_ON_MIN_CHARS]
    if long_lines is not None:
        long_lines[:] = long_paras  # (as they stay, unless a line is split below)
    if not long_paras:
        return set()
    found: dict[int, list[tuple[int, str]]] = {}  # each long line scanned once

    def labels_of(para) -> list[tuple[int, str]]:
        if id(para) not in found:
            text = para.content[0].text
            last = _last_label_start(text)
            found[id(para)] = labels_in(text, pattern, last=last)
            if scans is not None:
                _reuse_scan(scans, para, text, last, found[id(para)])
        return found[id(para)]

    def dialogue_in(paras: list) -> set:
        # a speaker is the label's last word: labels change form ("JAMES COLLINS:", "MR. COLLINS:")
        counts = Counter(speaker_word(name) for _, p in paras for _, name in labels_of(p)
                         if not is_upper_label_word_only(name, lex))
        speakers = {word for word, n in counts.items() if n >= 2}
        # a record's counsel, "MR. GINGOLD:", "MS. LEE:", each printed once: two of them and a
        # third speaker make the dialogue too (T901d)
        titled = {speaker_word(name) for _, p in paras for _, name in labels_of(p) if titled_speaker(name, lex)}
        return speakers | titled if len(titled) >= 2 and len(speakers | titled) >= 3 else speakers

    # a run-on transcript shows its dialogue from the start: look at the first paragraphs
    # before scanning all of a long document
    if len(dialogue_in(long_paras[:RUN_ON_SAMPLE])) < 2:
        return set()
    dialogue = dialogue_in(long_paras)
    named_elsewhere = NamedElsewhere(t for _, t in plain)
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, block in long_paras:
        text, cuts = block.content[0].text, []
        for start, name in found[id(block)]:
            if not start:
                continue  # a label at the start is the labels pass's to find
            key = run_on_key(name)
            if speaker_word(name) in dialogue or (len(key.split()) >= 2 and key.split()[-1].lower() not in lex.small_words
                                                  and speech_after(text, start + len(name))) \
                    or named_elsewhere(key):
                labels.add(key)
                cuts.append(start)
        if cuts or text != text.strip():  # (a line cut nowhere, already stripped, stays as it is)
            split[id(block)] = (at, line_pieces(text, cuts, block.line, keep_last=True))
    split_apart(doc, plain, split)
    if long_lines is not None and split:
        long_lines[:] = _long_after_split(long_paras, split)
    return labels


def _long_after_split(long_paras: list[tuple[int, Paragraph]], split: dict) -> list[tuple[int, Paragraph]]:
    """(position, paragraph) of the long lines once `split_apart` replaced some of
    `long_paras` (the only lines split) by their pieces: each line after a split moves down
    by the pieces added, and a piece is kept when it is long too."""
    out: list[tuple[int, Paragraph]] = []
    shift = 0
    for at, block in long_paras:
        found = split.get(id(block))
        if found is None:
            out.append((at + shift, block))
            continue
        pieces = found[1]
        out += [(at + shift + k, piece) for k, piece in enumerate(pieces)
                if len(piece.content[0].text) > RUN_ON_MIN_CHARS]
        shift += len(pieces) - 1
    return out


# At least this many confirmed labels inside one line make it a record pasted on one line.
MIN_GLUED_LABELS = 2


def split_glued_records(doc: Transcript, lex: Lexicon, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """A whole record pasted on one line, labels after its header text ("Briefing 12 May
    2020 PRESIDENT: Good morning. QUESTION: What now? PRESIDENT: We wait."): a line of any
    length is split before labels inside it when at least `MIN_GLUED_LABELS` of them are
    confirmed: a lexicon label word (`QUESTION`), a label that opens a line elsewhere in the
    text, or one printed twice in the line. Returns the labels split at. `plain`:
    `one_line_paragraphs(doc)`, brought up to date with the split."""
    pattern = run_on_pattern(lex)
    words = set(lex.question_labels + lex.answer_labels)
    inside = [(at, p, found) for at, (p, text) in enumerate(plain) if _separator_inside(text)
              and (found := labels_in(text, pattern, at_start=False))]
    # a typescript's labels after line numbers that count up: each is confirmed, one a line enough (L1402i)
    numbered = {(id(p), start): n for _, p, found in inside for start, _ in found
                if (n := number_before(p.content[0].text, start)) is not None}
    if not numbered_typescript(list(numbered.values())):
        numbered = {}
    inside = [(at, p, found) for at, p, found in inside
              if len(found) >= MIN_GLUED_LABELS or (id(p), found[0][0]) in numbered]
    if not inside:
        return set()
    openers = {run_on_key(m.group(1).strip()) for b in doc.blocks if isinstance(b, Paragraph)
               for m in [pattern.match(first_text(line)) for line in lines_of(b)] if m}
    named_elsewhere = NamedElsewhere(t for _, t in plain)  # (joins the text only when asked)
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, paragraph, found in inside:
        keys = [run_on_key(name) for _, name in found]
        confirmed = confirmed_labels(list(zip(keys, (start for start, _ in found))), words, openers,
                                     lambda key: is_upper_label_word_only(key, lex), named_elsewhere)
        counted = {start for _, start in confirmed}
        confirmed += [(key, start) for key, (start, _) in zip(keys, found)
                      if (id(paragraph), start) in numbered and start not in counted]
        confirmed.sort(key=lambda found_label: found_label[1])
        if len(confirmed) < MIN_GLUED_LABELS and not any((id(paragraph), start) in numbered for _, start in confirmed):
            continue
        split[id(paragraph)] = (at, line_pieces(paragraph.content[0].text, [start for _, start in confirmed], paragraph.line))
        labels.update(key for key, _ in confirmed)
    split_apart(doc, plain, split)
    return labels


def _separator_inside(text: str) -> bool:
    """Label separators enough for `MIN_GLUED_LABELS` labels inside the line (most lines of
    speech, and most label lines, have fewer). Single characters are counted several times
    faster than pairs: their counts bound the pairs' and settle most lines."""
    stops = text.count(".-", 1) if "-" in text else 0
    if text.count(":", 1) + text.count("：", 1) + stops < MIN_GLUED_LABELS:
        return False
    # "主持人:欢迎。 李明:大家好。": a short exchange (a long line is `gluedideographs`'s, T652c)
    return text.count(": ", 1) + text.count(":\u00a0", 1) + stops >= MIN_GLUED_LABELS \
        or (len(text) <= RUN_ON_MIN_CHARS and glued_ideograph_colons(text) >= MIN_GLUED_LABELS)


def is_upper_label_word_only(name: str, lex: Lexicon) -> bool:
    """ "NATO:", "USA.-": an acronym alone, as speech prints them, is no evidence of a label."""
    word = name.rstrip(":.- \u00a0")
    return " " not in word and len(word) <= 4 and word not in lex.question_labels + lex.answer_labels


def announced_labels(doc: Transcript, lex: Lexicon) -> set[str]:
    """A line holding only an announcer word ("speaker", as earnings-call and meeting exports
    print it) before a line of label shape ("Operator", "Steve Filton"): that line is a
    label alone on its line, and the announcer line is page furniture (`Boilerplate`)."""
    announcers = lex.label_announcers
    if not announcers:
        return set()
    longest = max(map(len, announcers), default=0)
    # (a one-line paragraph, most blocks, is read without a call)
    announcing = {i for i, block in enumerate(doc.blocks)
                  if (len(text := block.content[0].text.strip()) <= longest and text.lower() in announcers
                      if type(block) is Paragraph and len(block.content) == 1 and type(block.content[0]) is Text
                      else _announcer_line(block, announcers, longest))}
    if not announcing:
        return set()  # most documents: nothing to rebuild
    names: set[str] = set()
    out: list = []
    for i, block in enumerate(doc.blocks):
        if i in announcing:
            # the boilerplate pass may have known the line as page furniture
            lines = [[Text(block.text)]] if type(block) is Boilerplate else lines_of(block)
            nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
            following = lines[1] if len(lines) > 1 else (
                lines_of(nxt)[0] if isinstance(nxt, Paragraph) else [])
            alone = [c for c in candidates(first_text(following), lex) if c.shape == "alone"]
            if alone:
                names.add(run_on_key(alone[0].name))
                out.append(Boilerplate(line_text(lines[0]).strip(), block.line))
                if len(lines) > 1:
                    out.append(joined(lines[1:], block.line + 1 if block.line else 0))
                continue
        out.append(block)
    doc.blocks = out
    return names


def _announcer_line(block, announcers: frozenset, longest: int) -> bool:
    """The block (a paragraph or boilerplate) opens with a line holding only an announcer
    word; the lower-case form is made only for a line as short as one (lower case never
    makes a string shorter)."""
    if type(block) is Boilerplate:
        line = block.text
    elif type(block) is Paragraph:
        content = block.content
        line = content[0].text if len(content) == 1 and type(content[0]) is Text else line_text(first_line(block))
    else:
        return False
    line = line.strip()
    return len(line) <= longest and line.lower() in announcers
