"""Lines that open like a speaker label and are none: a list of offices and their holders,
a breadcrumb after its caption, a name over a quotation that no other label answers.

`not_labels` reads the document's lines once, with the candidates the label shapes found
for each, and returns the (label, rest) pairs that are no labels; `LabelPolicy` refuses them.

* L190u **office lists**: a record's header prints who holds which office, a line each:
  `Président : M. Dubus` / `Vice-président : M. de Behr` / `Secrétaire : M. Berger`. At least
  `MIN_LISTED` lines in a row, each a colon label whose rest is only a name (capitalised
  words, an honorific allowed, no sentence's end), with a different label on each line: an
  exchange repeats its speakers and ends its sentences, a list names each office once.
* L191u **breadcrumbs**: `You are here: Home > News > Article`, `您所在的位置: 网 > 国内 > 正文`:
  the rest is a trail of at least two arrows between short items, and no sentence.
* L192u **a quoted headline or caption**: `NAME: “Words of a quotation” (VIDEO)`,
  `Anna: "Not tired"`: the rest is one short quotation (at most `MAX_QUOTED_WORDS` words; an
  ellipsis, a full stop or a bracketed tag may follow it), and it is the page's only colon
  label of a few words, printed once. A transcript prints several labels (`LEE: …?` / `ROE:
  „Yes.“`); a page that prints one name over one quotation is a news page's headline or a
  video's caption.
* L351a **a bulleted list's entry**: `► Carola Rackete: “Handeln statt hoffen”. Droemer Knaur
  (2019).` among lines opened by the same bullet (`► Ihr findet Carola auch auf Twitter.`) of
  which one at least has no colon label and none a colon label of the same name: show notes,
  a list of links or books. A chat or a transcript that bullets its turns bullets every label
  line, and repeats its speakers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.transforms.helpers.boldexchange import bold_exchanges
from teikit.transforms.helpers.fielddates import date_fields_in_block
from teikit.transforms.helpers.indexlines import index_candidates, officer_fields
from teikit.transforms.helpers.documentaryblocks import documentary_candidates
from teikit.lexicons import Lexicon, compiled_once
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.formlines import field_value, reported_speech
from teikit.transforms.helpers.fieldtables import fields_over_tables
from teikit.transforms.helpers.formnotes import note_field_labels
from teikit.transforms.helpers.headinglevels import section_headings
from teikit.transforms.helpers.labelwords import attendance_field
from teikit.transforms.helpers.labelshapes import Candidate
from teikit.transforms.helpers.lineindex import LineIndex
from teikit.transforms.helpers.officerlists import officers_over_chair
from teikit.transforms.helpers.participantlists import entry_candidates
from teikit.transforms.helpers.sluglines import MAX_SLUGLINE_CHARS, slugline
from teikit.transforms.helpers.coverfields import guest_intro_heading
from teikit.transforms.helpers.rolefields import role_field_lines
from teikit.transforms.helpers.splitlabel import generic_label

MIN_LISTED = 3
MAX_NAME_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?…。！？]$")
# A breadcrumb's arrows between items: ">", "›", "»", "→", ideographic ">" forms.
_ARROW = re.compile(r"\s*[>›»→＞]\s*")
MIN_ARROWS = 2
MAX_CRUMB_WORDS = 6
# One quotation: an opening mark, no closing mark of its kind inside, the closing mark, and
# at most a full stop, an ellipsis or a bracketed tag ("(FOTO e VIDEO)") after it.
_QUOTED = re.compile(r'^(?:"[^"]+"|“[^”“]+”|«[^»«]+»|„[^“”„]+[“”]|「[^」]+」)[.…]*(?:\s*[(\[][^()\[\]]{1,30}[)\]])?[.…]*$')
_QUOTE_OPENINGS = "\"“«„「"
# A headline or a caption is short; a quoted answer after a label runs on.
MAX_QUOTED_WORDS = 30


def spoken_colons(found: list) -> list[tuple[int, object]]:
    """(line index, candidate) of each line whose first colon candidate has speech after it,
    in reading order: the only lines `not_labels` and `sure_labels` look into, listed once
    for both (most lines of a long transcript have no candidate at all)."""
    out = []
    for i, shapes in enumerate(found):
        for c in shapes:  # (a loop, not a generator made for each of a long text's label lines)
            if c.shape == "colon":
                if c.rest:
                    out.append((i, c))
                break
    return out


def not_labels(lines: list[str], found: list, counts, lex: Lexicon, colons: list | None = None,
               index: LineIndex | None = None) -> set[tuple[str, str]]:
    """The (label, rest) pairs of `found` (the candidates of each of `lines`) that are no
    speaker labels; `counts`: how often each candidate name is printed (`LabelStyle.counts`);
    `colons`: `spoken_colons(found)` when already known; `index`: a `LineIndex` of `lines`."""
    out: set[tuple[str, str]] = set()
    run: list = []
    in_run: set[str] = set()  # the labels of `run` (a set: a long list is read in linear time)
    # a page whose one short colon label is printed once (L192u)
    short = {c.name for shapes in found if shapes for c in shapes
             if c.shape == "colon" and len(c.name.split()) <= MAX_NAME_WORDS}
    lone = len(short) == 1 and not any(counts[n] >= 2 for n in short)
    after = -1  # the index of the line `run` ends on: a line between ends the run
    colons = colons if colons is not None else spoken_colons(found)
    by_name: dict[str, bool] = {}  # `_field_name` of each name
    pairs: list[list] = []  # runs of two officer lines (L1774j)
    for i, colon in colons:
        if run and i != after + 1:
            _close(run, out, in_run, pairs)
        after = i
        rest = colon.rest
        if lines[i][:1] in _LIST_BULLETS and _mixed_list(lines, found, i, colon.name, lex):
            out.add((colon.label, rest))  # L351a
        if ">" in rest or "›" in rest or "»" in rest or "→" in rest or "＞" in rest:
            if _breadcrumb(rest):
                out.add((colon.label, rest))  # L191u
        if lone and rest[:1] in _QUOTE_OPENINGS \
                and len(rest.split()) <= MAX_QUOTED_WORDS and _QUOTED.match(rest):
            out.add((colon.label, rest))  # L192u
        refused = by_name.get(colon.name)
        if refused is None:  # (a transcript prints its few names over and over: each read once)
            refused = by_name[colon.name] = _field_name(colon.name, lex)
        if refused:
            out.add((colon.label, rest))
        holder = _holder(rest, lex) or (counts[colon.name] < 2 and field_value(rest))  # T680c
        if run and (not holder or colon.label in in_run):
            _close(run, out, in_run, pairs)
        if holder:
            run.append((i, colon))
            in_run.add(colon.label)
    _close(run, out, in_run, pairs)
    return out | officers_over_chair(pairs, colons, lex) | _bold_fields(lines, found, lex) | role_field_lines(colons, counts, lex) \
        | section_headings(found) | documentary_candidates(lines, found, counts) \
        | note_field_labels(found, lex) \
        | entry_candidates(lines, found, lex, index) | _slugline_candidates(lines, found, lex) \
        | index_candidates(lines, found, lex) | officer_fields(found) \
        | fields_over_tables(lines, colons, counts) | date_fields_in_block(lines, colons, counts, lex)  # "VTR: 5/4/1993" (H2502m); "Interviewee: Fermat" over a table (L1501i); an index's names (L2492m), "Presidente: ANN ROE" (L2497m); L996e; "# Der Zeitzeuge …" over "### Hans Hess" (L1007f); L1107g; L1270h; L1277h


def _field_name(name: str, lex: Lexicon) -> bool:
    """A colon label's name that no speaker bears, whatever follows it: reported speech
    ("他笑着说", T681c), an attendance field ("Parties Present", L1651i), a how-to's numbered
    step ("Step 2", L1102g)."""
    return reported_speech(name, lex) or attendance_field(name, lex) \
        or bool(lex.step_words and _numbered_step(name, lex))


def _slugline_candidates(lines: list[str], found: list, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the candidates on a screenplay's scene headings (L1277h) and
    on a guest portrait's heading ("About the guest:", H1282h)."""
    if not lex.sluglines and not lex.guest_intro_headings:
        return set()
    # (both are short lines: the long lines of speech are passed over without a call; a
    # short line, often a label alone, is printed over and over: each read once)
    headings: dict[str, bool] = {}
    out: set[tuple[str, str]] = set()
    for line, shapes in zip(lines, found):
        if shapes and len(line) <= MAX_SLUGLINE_CHARS:
            heading = headings.get(line)
            if heading is None:
                heading = headings[line] = slugline(line, lex) or guest_intro_heading(line, lex)
            if heading:
                out.update((c.label, c.rest) for c in shapes)
    return out


def _numbered_step(name: str, lex: Lexicon) -> bool:
    """ "Étape 1 :", "Step 2:", "步骤3：": a how-to's numbered step (lexicon `step_words` and a
    number), printed between the paragraphs of an answer that shows screens one by one; no
    speaker is called so (L1102g)."""
    return _step_pattern(lex).fullmatch(name.strip()) is not None


@lru_cache(maxsize=None)
def _step_pattern(lex: Lexicon) -> re.Pattern:
    """`_numbered_step`'s pattern, built once per lexicon: it is asked of every colon label
    with speech after it (building the source per call cost a hundredth of a long transcript)."""
    return compiled_once(rf"(?:{lex.alternation('step_words')})[ \u00a0]*\d{{1,2}}\.?", re.IGNORECASE)


def _bold_fields(lines: list[str], found: list, lex: Lexicon) -> set[tuple[str, str]]:
    """A Markdown export's fields in bold, a line each under its title (`**Date:** 2025-07-23` /
    `**Company:** TSLA` / `**Quarter:** Q2 2025`): two lines or more one under the other, each a
    bold name and a field's value, one of them a header field of the lexicon (`Date`), are no
    labels (L883d)."""
    from teikit.transforms.helpers.headerlines import field_value as header_field
    out: set[tuple[str, str]] = set()
    run: list = []
    dated = False
    # only the lines with a bold field count; any other line between two of them ends a run
    for i, bold in _bold_field_lines(found):
        if run and run[-1][0] == i - 1:
            run.append((i, bold))
            dated = dated or header_field(lines[i], lex) is not None
            continue
        if len(run) >= 2 and dated:
            out.update((c.label, c.rest) for _, c in run)
        run, dated = [(i, bold)], header_field(lines[i], lex) is not None
    if len(run) >= 2 and dated:
        out.update((c.label, c.rest) for _, c in run)
    return out


def _bold_field_lines(found: list) -> list[tuple[int, Candidate]]:
    """(index, candidate) of the lines whose first Markdown candidate is a bold name and a
    field's value (`**Date:** 2025-07-23`): a loop over the lines with candidates, no
    generator made for each of a long text's label lines."""
    out = []
    for i, shapes in enumerate(found):
        if shapes:
            for c in shapes:
                if c.shape == "markdown":
                    if c.rest and field_value(c.rest):
                        out.append((i, c))
                    break
    return out


# The bullets of a list of notes or links (a dash opens dialogue lines: not one of them).
_LIST_BULLETS = frozenset("•▪►▶◆◇■□●○")


def _mixed_list(lines: list[str], found: list, i: int, name: str, lex: Lexicon) -> bool:
    """Line `i` is one entry of a run of lines opened by its bullet, another entry of the run
    has no colon candidate, and no other entry has one of the same name `name` (a bulleted
    dialogue repeats its speakers): a list, not labelled turns (L351a). An entry that opens
    with a question label without a colon (`• Q But first …`) is a turn, not a note (T902d)."""
    bullet = lines[i][:1]
    start = i
    while start > 0 and lines[start - 1][:1] == bullet:
        start -= 1
    end = i + 1
    while end < len(lines) and lines[end][:1] == bullet:
        end += 1
    others = [[c for c in found[k] if c.shape == "colon"] for k in range(start, end) if k != i]
    plain = [k for k, colons in zip((k for k in range(start, end) if k != i), others) if not colons]
    return any(generic_label(lines[k], lex) is None for k in plain) \
        and not any(c.name == name for colons in others for c in colons)


def _close(run: list, out: set, in_run: set, pairs: list) -> None:
    if len(run) >= MIN_LISTED:
        out.update((c.label, c.rest) for _, c in run)  # L190u
    elif len(run) == 2:
        pairs.append([(at, c) for at, c in run])  # a list if it names the chair (L1774j)
    run.clear()
    in_run.clear()


def _holder(rest: str, lex: Lexicon) -> bool:
    """The rest is a name and nothing more: "M. de Behr", "Ann Lee", "Dr. Roe"."""
    words = rest.split(None, MAX_NAME_WORDS)  # (a longer rest, a line of speech, is not split further)
    if not words or len(words) > MAX_NAME_WORDS or _SENTENCE_END.search(rest) and \
            nm.fold(words[-1]) not in nm.folded(lex, "honorifics"):
        return False
    if not words[-1][:1].isupper():
        return False
    honorifics = nm.folded(lex, "honorifics")
    return all(w[:1].isupper() or nm.fold(w) in honorifics or (w.islower() and len(w) <= 3 and n)
               for n, w in enumerate(words))


def _breadcrumb(rest: str) -> bool:
    """A trail: items between at least `MIN_ARROWS` arrows, each short, none a sentence."""
    items = _ARROW.split(rest.strip())
    if len(items) <= MIN_ARROWS or any(not item or len(item.split()) > MAX_CRUMB_WORDS for item in items):
        return False
    return not any(_SENTENCE_END.search(item) for item in items)


# A label before a spaced dash ("M. le président. - "): a few words from the line's start.
MAX_STOP_LABEL_WORDS = 4


def drop_label_stops(texts: list, found: dict[int, list[int]]) -> int:
    """L193u: a record's label `M. le président. - ` is a name, a full stop and a spaced
    dash at a line's start, which reads like a sentence's end followed by a run-on dialogue
    dash. When the same few words (a capital first, at most `MAX_STOP_LABEL_WORDS`) open two
    lines or more before such a dash, they are a label, and the dash is its separator: the
    cut is dropped from `found` (offsets of the dashes per line, `dashrunon`'s). Returns how
    many cuts were dropped."""
    heads: dict[str, int] = {}
    firsts: list[tuple] = []
    for item, opening in texts:
        cuts = found.get(id(item))
        if not cuts or not opening:
            continue
        head = item.text[:cuts[0]].rstrip()
        if head[:1].isupper() and len(head.split()) <= MAX_STOP_LABEL_WORDS:
            heads[head] = heads.get(head, 0) + 1
            firsts.append((item, head))
    dropped = 0
    for item, head in firsts:
        if heads[head] >= 2:
            cuts = found[id(item)]
            del cuts[0]
            if not cuts:
                del found[id(item)]
            dropped += 1
    return dropped


# L195u: a short name, its colon, then a dialogue dash that opens the speech: `«СП»: — Павел
# Николаевич, …`, `ANNA: – Good evening.`. Every word of the name capitalised (a quoted short
# form counts), so that prose's "Он сказал: — Пойдём." (a verb in lower case) is none.
_DASH_SPEECH = re.compile(r"^[-–—][ \u00a0]+(?=[^\W\d_]|[«\"“„¿¡])")
MAX_DASH_NAME_WORDS = 3
# L196u: a site's domain as the interviewer's label (`abseits.at:`), beside other labels; the
# site's name may open with a capital, as a site prints its own name (`Lefaso.net :`, L2540m).
_DOMAIN = re.compile(r"^[A-Za-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$")


# L198u: a label with a bracketed note after the name (`NARRATOR [continued]:`, `ANN (cont'd):`).
_NOTED = re.compile(r"^(.+?)[ \u00a0]+[\[(][^\[\]()]{1,20}[\])]$")


def sure_labels(found: list, counts=None, colons: list | None = None) -> set[tuple[str, str]]:
    """The (label, rest) pairs of `found` (the candidates of each line) that are labels
    whatever the policy's evidence says: a short capitalised name over a dialogue dash
    (L195u), a domain name, when the page prints another label of a few words (L196u), a
    name that the page prints twice or more with a bracketed note after it (L198u: `NARRATOR:`
    beside `NARRATOR [continued]:`); `counts`: how often each candidate name is printed;
    `colons`: `spoken_colons(found)` when already known."""
    out: set[tuple[str, str]] = set()
    noted = {m.group(1) for n, k in (counts or {}).items() if k >= 2 and n.endswith((")", "]"))
             and (m := _NOTED.match(n))}
    domains: list = []
    names: set[str] = set()
    for _, colon in (colons if colons is not None else spoken_colons(found)):
        name = colon.name.strip()
        if "." in name and _DOMAIN.match(name):
            domains.append(colon)
            continue
        words = name.split()
        if len(words) <= MAX_NAME_WORDS:
            names.add(name)
        if noted and name in noted:
            out.add((colon.label, colon.rest))
        if colon.rest[:1] in "-–—" and len(words) <= MAX_DASH_NAME_WORDS and _DASH_SPEECH.match(colon.rest) \
                and all(w.lstrip("«\"“„")[:1].isupper() for w in words):
            out.add((colon.label, colon.rest))
    if domains and names:
        out.update((c.label, c.rest) for c in domains)
    return out | bold_exchanges(found)  # "**Ann Lee: Why …?**" / "**Bo Roe:** Because …" (L1310h)
