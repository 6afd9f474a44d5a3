"""Page furniture: lines a web site adds around a transcript (phrases from the lexicon).

Two strengths of evidence:
- strong phrases (government-site banners, "originally published on", cookie notices,
  share bars, language switchers, weather/date widgets, mailing-list invitations) mark a
  short line as boilerplate wherever it stands;
- soft phrases (donation appeals, "Source: ...", "Subscribe", site/category names) are
  only trusted outside the speech: the header and ending passes ask `is_soft()`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add

from teikit.lexicons import Lexicon, compiled_once
from teikit.transforms.helpers.dates import sre_parser

# A boilerplate line is short; long lines are speech even if they mention a newsletter.
MAX_BOILERPLATE_CHARS = 220

# Shapes that are no language's words: locale switchers, one address, a counter.
_SHAPE_LINES = (
    r"[•·\s]*([a-z]{2}-[A-Z]{2}\d*[\s|•·]*){2,}$",
    r"(https?://|www\.)\S+$", r"[\w-]+(\.[\w-]+)+/\S*$", r"\d{1,3}$",
    r"#\w+(\s+#\w+)*$",                                               # a row of hashtags
    r"[A-ZÀ-Þ]{3,}/\d+:\s",                                            # a press archive's entry "SERIES/586: ..."
    r"[^→›»>\n]+(\s*[→›»>]\s*[^→›»>\s][^→›»>]*){2,}$",                   # a breadcrumb trail "Site → Section → Page"
    r".*(\(\d{2,4}\)\s?\d{3}[-.\s]\d{4}|\+\d{1,3}[\s-]?\d[\d\s-]{6,}\d)$",  # ends in a telephone number
)


# A link set between arrows, as sites insert it into an article (">>>Das Special zum …<<<"),
# in any language (B150p): the closing arrows end it (the opening ones are stripped with the
# bullets; two arrows alone open a caption's change of speaker, ">> Good evening").
_ARROW_LINK = r"(>{3})?[^<>\n]{2,160}<{3}$"
# A social-media handle alone on its line ("@Minty Subway", "@富貴閑人"): a credit for a
# reader's question or a post's author, never speech (B152p).
_HANDLE_LINE = r"@[^\s@]{1,30}( [^\s@]{1,30})?$"
# A page's link bar in square brackets, three links or more between bars ("[Notices and
# Restrictions | Interview Transcript | Additional Transcripts]"), a "Top of the page" link
# before it allowed (B153p).
_BRACKETED_MENU = r"(\[[^\[\]\n]{1,40})?\[\s?[^\[\]|\n]{1,60}(\s\|\s[^\[\]|\n]{1,60}){2,}\]$"
# A line of page code pasted with the text: it opens with an HTML tag ("<iframe src=...>",
# "• <img ...>"), which no language's speech does.
# A paragraph tag over a bold speaker label ("<p><strong>Q:</strong> ...") opens speech (L860d).
# A figure and its caption (`<figure>`, `<figcaption>…`, B1103g) are the page's too.
_HTML_TAG = r"[•·\s]*</?(iframe|img|div|span|script|embed|object|video|audio|a|p|br|source|figure|figcaption|picture)(\s+[\w-]+=|\s*/?>|\s*$)(?!<(?:strong|b)>)"
# A CMS's markers and embeds pasted with the text (B861d): an HTML comment alone on its line
# ("<!--more-->", "<!-- wp:paragraph -->"), a shortcode embedding a player
# ("[youtube]EYaWjXM5afY[/youtube]", "[embed]https://…[/embed]", "[audio mp3=\"…\"]").
_HTML_COMMENT = r"[•·\s]*<!--[^\n]{0,200}?-->?\s*$"  # (">" is stripped with the bullets)
_SHORTCODE = (r"\[(youtube|vimeo|embed|video|audio|soundcloud|spotify|podcast|playlist|tweet|caption)\b[^\[\]\n]{0,300}\]"
              r"(?:[^\[\]\n]{0,300}\[/\1\])?\s*$")
# A static-site template tag alone on its line (B1103g): a Liquid, Nunjucks or Jinja tag
# ("{% image "./img/a.png", "Ann Lee", [300, 300] %}"), a Hugo shortcode ("{{< figure src=… >}}",
# "{{% note %}}"): page code that embeds an image or a box, never speech.
_TEMPLATE_TAG = r"[•·\s]*\{(?:%|\{[<%])[^\n]{0,300}?(?:%|[>%]\})\}\s*$"
# A server template's conditional left unrendered, alone on its line or several in a row
# ("{IF(user_region="ru/495"){ }} {IF(user_region="ru/499"){ }}"): a function call in braces
# and the block it guards, page code, never a title nor speech (B1732j).
_TEMPLATE_CONDITIONAL = r"[•·\s]*(?:\{[a-z_]\w*\([^\n]{0,200}?\)\{[^\n]{0,200}?\}\}[ \t]*)+$"
# A Markdown container's fence alone on its line (B1237h): markdown-it-container's and
# Pandoc's fenced divs ("::: .c-dark-turquoise", "::: warning", ":::"), a box's markup around
# the lines it styles, never speech (a titled box, ":::info[Title]", prints its title).
_CONTAINER_FENCE = r"[ \t]*:{3,}[ \t]*(?:[.#]?[\w-]+(?:[ \t]+[.#]?[\w-]+){0,3}|\{[^{}\n]{0,100}\})?[ \t]*$"
# A Markdown link alone on its line, inline or by reference: "[Spot an error? Send a pull request
# on GitHub.][github]", "[Read the show notes](https://…)": a page's link, no speech (B880d).
_LINK_LINE = r"\[[^\[\]\n]{1,200}\](?:\[[^\[\]\n]{1,60}\]|\((?:https?://|/|#)[^()\s]{0,300}\))\s*$"
# A site's menu bar copied as one line: four short entries or more between bars ("News |
# Sport | Culture | Video"); a strong shape, as no sentence is printed so.
_MENU_BAR = r"[^|\s][^|\n]{0,19}(?<! )(?:[ \u00a0]\|[ \u00a0][^|\s][^|\n]{0,19}(?<! )){3,}[ \u00a0]*$"
# (characters each needs, shape at the line start): a locale switcher's "en-US", a tag's "<",
# a menu bar's "|", an arrow link's closing arrows (tried at the start of every line, its
# run of any characters up to the arrows took half of the line-start test)
# A video player's timer alone on its line, in any language (B1554i): three clock readings
# (elapsed, length, remaining: "0:00 0:04:07 0:00"), or two between a slash ("0:00 / 4:07").
_PLAYER_TIMER = r"\d{1,2}(?::\d{2}){1,2}(?:\s+-?\d{1,2}(?::\d{2}){1,2}){2}\s*$|\d{1,2}(?::\d{2}){1,2}\s*/\s*\d{1,2}(?::\d{2}){1,2}\s*$"
_GUARDED_SHAPES = (("-", _SHAPE_LINES[0]), ("<", _HTML_TAG), ("|", _MENU_BAR), ("<<<", _ARROW_LINK),
                   ("<!--", _HTML_COMMENT), ("[", _SHORTCODE), ("][", _LINK_LINE), ("](", _LINK_LINE),
                   ("{%", _TEMPLATE_TAG), ("{{", _TEMPLATE_TAG), ("){", _TEMPLATE_CONDITIONAL),
                   (":::", _CONTAINER_FENCE))


class _Page:
    def __init__(self, lex: Lexicon):
        share, langs = "|".join(lex.share_words), "|".join(lex.page_languages)
        lines = list(lex.boilerplate_lines) + [
            _HANDLE_LINE, _BRACKETED_MENU, _PLAYER_TIMER,
            rf"({share})(\s*[|·•/,]?\s*({share})){{1,}}$",
            rf"({langs})(\s*[|·•/,]?\s*({langs})){{2,}}$",
        ]
        # a phrase that opens with a known letter is tried only on lines that open with it (most
        # site phrases are words: "privacy policy", "tweet"); the others on every line
        general, by_letter = [], {}
        for x in lines:
            letters = first_letters(x)
            for letter in letters or ():
                by_letter.setdefault(letter, []).append(x)
            if not letters:
                general.append(x)
        self.at_start = re.compile("|".join(f"(?:{x})" for x in general), re.IGNORECASE)
        # (a letter's phrases are often the English ones in every language: compiled once)
        self.lettered = {k: compiled_once("|".join(f"(?:{x})" for x in v), re.IGNORECASE) for k, v in by_letter.items()}
        self.anywhere = [(literal, re.compile(p, re.IGNORECASE).search) for literal, p in lex.boilerplate_anywhere]
        # the shapes that open with a class of characters but need one character to match are
        # tried only on lines that hold it (in the alternation, the menu bar alone took half of
        # the line-start test: it was tried, and backtracked, on every short line)
        self.guarded = [(literal, re.compile(x, re.IGNORECASE).match) for literal, x in _GUARDED_SHAPES]
        self.tests = self.anywhere + self.guarded  # (literal, test): the test runs where the literal is
        # all the literals at once: a line holding none (most) is passed over by one C-level
        # search instead of a substring test per literal (`_anywhere`, asked line by line)
        self.any_literal = re.compile("|".join(re.escape(literal) for literal, _ in self.tests) or "(?!)").search
        soft = [rf"^({share})$"] + [f"^(?:{x})" for x in _SHAPE_LINES[1:]] + list(lex.boilerplate_soft)
        self.soft = re.compile("|".join(f"(?:{x})" for x in soft), re.IGNORECASE)
        # whether any soft phrase is in a line (`is_soft`): the phrases anchored at its start are
        # tried there only, the others searched through it (searched in one alternation, each
        # anchored phrase was tried, and failed, at every character: 67 µs a line)
        self.soft_at_start = self.soft.match
        inside = [x for x in soft if not _anchored(x)]
        self.soft_inside = re.compile("|".join(f"(?:{x})" for x in inside) or "(?!)", re.IGNORECASE).search
        # the soft phrases that only close a line (a section word: "…news$", "…blog$"), not a
        # button's call to action found anywhere ("donate", "subscribe") (H271z, a repair of H162g)
        closing = [x for x in lex.boilerplate_soft if x.endswith("$") and not x.startswith("^")]
        self.section_end = re.compile("|".join(f"(?:{x})" for x in closing) or "(?!)", re.IGNORECASE)

    def strong(self, line: str) -> bool:
        if self._starts(line):
            return True
        return self._anywhere(line, line.lower())

    def _starts(self, line: str) -> bool:
        if self.at_start.match(line):
            return True
        lettered = self.lettered.get(line[:1].lower())
        return lettered is not None and lettered.match(line) is not None

    def _anywhere(self, line: str, low: str) -> bool:
        # the literal is a fast substring test; the pattern runs only on the few lines with it
        return self.any_literal(low) is not None and any(literal in low and test(line) for literal, test in self.tests)

    def strong_each(self, lines: list[str]) -> list[bool]:
        """`strong` of each line, found together: the line-start phrases by one C-level map
        over the lines, each phrase's literal searched in a batch of lines at once (one C
        search per literal, not one per line and literal)."""
        found: list[bool] = []
        for start in range(0, len(lines), _BATCH_LINES):
            batch = lines[start:start + _BATCH_LINES]
            flags = list(map(bool, map(self.at_start.match, batch)))
            lettered = self.lettered
            for n, line in enumerate(batch):
                if not flags[n] and (pattern := lettered.get(line[:1].lower())) is not None:
                    flags[n] = pattern.match(line) is not None
            for n, patterns in self._literal_holders(batch).items():
                if not flags[n]:
                    line = batch[n]
                    flags[n] = any(test(line) for test in patterns)
            found.extend(flags)
        return found

    def _literal_holders(self, batch: list[str]) -> dict[int, list]:
        """Line (index in `batch`) -> the tests (`anywhere` and `guarded`) whose literal its
        lower-cased text holds."""
        text, ends = _lowered(batch)
        holders: dict[int, list] = {}
        for literal, pattern in self.tests:
            if "\n" in literal:  # never inside a line: such a literal is tested line by line
                lows = [line.lower() for line in batch]
                return {n: ps for n, low in enumerate(lows) if (ps := [p for lit, p in self.tests if lit in low])}
            at = text.find(literal)
            while at >= 0:
                n = bisect_right(ends, at)
                holders.setdefault(n, []).append(pattern)
                at = text.find(literal, ends[n]) if n + 1 < len(ends) else -1
        return holders


def _lowered(batch: list[str]) -> tuple[str, list[int]]:
    """The lines lower-cased and joined by line feeds, and where each line's feed ends.
    Lower-cased in one call when that keeps every length (it lengthens only a few
    characters, such as "İ"; a line feed is no letter, so no line changes another's case)."""
    joined = "\n".join(batch)
    text = joined.lower()
    if len(text) == len(joined):
        return text, list(accumulate(map(add, map(len, batch), repeat(1))))
    lows = [line.lower() for line in batch]
    return "\n".join(lows), list(accumulate(len(low) + 1 for low in lows))


_BATCH_LINES = 2048  # lines searched together (bounds the memory of the joined copy)


def _anchored(pattern: str) -> bool:
    """Every match of `pattern` starts at the start of the string: it opens with "^" (or "\\A")
    outside any alternation (read with the pattern parser, as `dates` reads widths)."""
    data = sre_parser.parse(pattern, re.IGNORECASE).data
    return bool(data) and data[0] in _AT_START


_AT_START = ((sre_parser.AT, sre_parser.AT_BEGINNING), (sre_parser.AT, sre_parser.AT_BEGINNING_STRING))


def first_letters(pattern: str) -> frozenset | None:
    """The letters a phrase can open with, when each of its alternatives (at the top, or in
    a group that opens it: "(privacy( policy)?|terms of use)$") opens with a letter or
    digit that is not optional; else None (the phrase is tried on every line)."""
    body = pattern
    if body.startswith("("):
        depth = 0
        for i, ch in enumerate(body):
            depth += ch == "(" and body[i - 1:i] != "\\"
            depth -= ch == ")" and body[i - 1:i] != "\\"
            if depth == 0:
                if body[i + 1:i + 2] == "?" and body[i + 2:i + 3] not in ("?", "+"):
                    return _optional_start(body[:i + 1], body[i + 2:])  # "(go to )?(the )?(previous|next) ..."
                if body[i + 1:i + 2] in ("?", "*", "{"):
                    return None
                body = body[1:i]
                break
        else:
            return None
    alternatives, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch in "([" and body[i - 1:i] != "\\":
            depth += 1
        elif ch in ")]" and body[i - 1:i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(body[start:i])
            start = i + 1
    alternatives.append(body[start:])
    letters = set()
    for alt in alternatives:
        if not alt[:1].isalnum() or alt[1:2] in ("?", "*", "{", "|") or alt.startswith("?"):
            return None
        letters.add(alt[0].lower())
    return frozenset(letters)


def _optional_start(group: str, rest: str) -> frozenset | None:
    """The letters a phrase that opens with an optional group can open with: the group's and
    those of the rest of it. Only ASCII letters that no other character matches regardless
    of case (not "i", "k", "s": "ı", "K", "ſ" match them), as the phrase is looked up by the
    lower-cased first character of a line."""
    inside, after = first_letters(group), first_letters(rest)
    if inside is None or after is None:
        return None
    letters = inside | after
    return letters if all("a" <= c <= "z" and c not in "iks" for c in letters) else None


@lru_cache(maxsize=None)
def _page(lex: Lexicon) -> _Page:
    return _Page(lex)


def _short(line: str) -> bool:
    return 0 < len(line) <= MAX_BOILERPLATE_CHARS


# (and a navigation arrow before a link: "← Back to all transcripts", B2420l)
_BULLETS = " \t\u00a0•·*–—|>←"


def is_strong(line: str, lex: Lexicon) -> bool:
    line = line.strip(_BULLETS)
    return _short(line) and _page(lex).strong(line)


def strong_each(lines: list[str], lex: Lexicon) -> list[bool]:
    """`is_strong` of each line, found together (much faster on many lines)."""
    stripped = [line.strip(_BULLETS) for line in lines]
    short = [n for n, line in enumerate(stripped) if _short(line)]
    flags = [False] * len(lines)
    for n, strong in zip(short, _page(lex).strong_each([stripped[n] for n in short])):
        flags[n] = strong
    return flags


def is_soft(line: str, lex: Lexicon) -> bool:
    line = line.strip(_BULLETS)
    page = _page(lex)
    return _short(line) and (page.strong(line) or page.soft_at_start(line) is not None
                             or page.soft_inside(line) is not None)


def closes_with_section_phrase(line: str, lex: Lexicon) -> bool:
    """The line ends with a soft phrase that only closes a line, a section word ("… World
    News", "… Company Blog"), not a button's word ("… | Donate")."""
    return _page(lex).section_end.search(line.strip(_BULLETS)) is not None


def soft_phrase(line: str, lex: Lexicon):
    """The first soft phrase a line holds (a match), or None."""
    return _page(lex).soft.search(line.strip(_BULLETS))


# A site's menu bar copied as one line without its bars names this many sections at least.
MIN_MENU_ROW_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def menu_row(line: str, lex: Lexicon) -> bool:
    """ "Home News Sport Culture Contact", "Startseite Politik Wirtschaft Kultur": a line of
    section names only (lexicon `menu_words`), three or more, is a site's menu bar whose bars
    were lost in the copy (H315a); a headline holds other words."""
    words = _LETTERS.findall(line.lower())
    return len(words) >= MIN_MENU_ROW_WORDS and all(w in lex.menu_words for w in words)

