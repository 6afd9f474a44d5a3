"""Web-page boilerplate: lines a site adds around a transcript.

Two strengths of evidence:
- STRONG patterns (government-site banners, "originally published on", cookie notices,
  share bars, language switchers, weather/date widgets, mailing-list invitations) mark a
  short line as boilerplate wherever it stands;
- SOFT patterns (donation appeals, "Source: ...", "Subscribe", site/category names) are
  only trusted outside the speech: the header and trailer transforms ask `is_soft()`.

Boilerplate is never dropped: it becomes a `Boilerplate` block, written as
`gap[@reason='editorial']` with the line verbatim in `desc`.
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript
from teikit.transforms.labels import lines_of

# A boilerplate line is short; long lines are speech even if they mention a newsletter.
MAX_BOILERPLATE_CHARS = 220

_LANGUAGES = ("english|français|francais|español|espanol|deutsch|русский|中文|العربية|"
              "português|portugues|italiano|日本語|한국어|türkçe|polski|українська|فارسی|"
              "bahasa|tiếng việt|हिन्दी|اردو|french|spanish|arabic|chinese|russian|german")

# Patterns that can match anywhere in a line, each with a literal that must occur in the
# lower-cased line for the pattern to have a chance: the literals are checked first (fast
# substring tests), the regular expression only on the few lines that contain one.
_ANYWHERE = [
    ("official website", r"official website of the united states"),
    ("how you know", r"here[’']s how you know"),
    (".gov", r"official websites use \.gov|\.gov website belongs to|secure \.gov websites"),
    ("https://", r"https:// means you"),
    ("sensitive information", r"share sensitive information only on official"),
    ("originally", r"\boriginally (published|posted|appeared) (on|in|at|by)\b"),
    ("press release", r"reported according to a press release|\bpress release sent by\b"),
    ("mailing list", r"\bmailing list\b"),
    ("newsletter", r"\bsign up for (our|the) newsletter\b|\bnewsletter\b.*\bsubscribe\b"),
    ("the above", r"click (on )?the above (picture|image|photo)"),
    ("browse in", r"browse in (multiple|other) languages"),
    ("language", r"\b(select|choose|change) (your |a )?language\b"),
    ("cookie", r"\bwe use cookies\b|\bcookie (policy|settings|preferences|notice)\b"),
    ("rights reserved", r"\ball rights reserved\b"),
    ("°", r"-?\d+\s?°\s?[cf]\b"),
    (" now", r"\b(join|subscribe|sign up|register|donate|apply|buy|shop) now\b"),
    ("kb)", r"\(\s*\d+\s*[km]b\)"),
]
_ANYWHERE_RES = [(literal, re.compile(p, re.IGNORECASE)) for literal, p in _ANYWHERE]
_SHARE_WORDS = (r"share|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|reddit|"
                r"vk|livejournal|instagram|youtube|send by email|weibo|wechat|mastodon|bluesky|threads")
# Patterns that describe a whole line from its start (checked with match(), cheap).
_AT_START = re.compile("|".join([
    r"this (post|article|story|item) (was|is) (originally )?(published|posted|appeared)",
    r"accept (all )?cookies$", r"(©|copyright ©?\s*\d{4})",
    r"skip to (main )?content$", r"back to top$", r"print( this)?( page)?$",
    r"share( this)?( (page|article|post|story))?( on| via)?:?$",
    rf"({_SHARE_WORDS})(\s*[|·•/,]?\s*({_SHARE_WORDS})){{1,}}$",
    rf"({_LANGUAGES})(\s*[|·•/,]?\s*({_LANGUAGES})){{2,}}$",
    r"(latest|related|recommended|popular|more|most read) (articles?|news|stories|posts|from)\b",
    r"(next|previous) (article|post|story)\b", r"read (more|next)\b",
    r"(home|menu)\s*[>»›/|]",
    r"[•·\s]*([a-z]{2}-[A-Z]{2}\d*[\s|•·]*){2,}$",                 # locale switcher
    r"(printable (banner|version)|printer[- ]friendly( version)?|text version)$",
    r"(direct link|publication date|permalink)\b",
    r"(read|leer|lire|lesen|leggi|ler) (in|en|auf|em) \w+$",
    r"(print|email|share|download)( this)? (page|article|transcript|story)$",
]), re.IGNORECASE)


def _strong_match(line: str) -> bool:
    if _AT_START.match(line):
        return True
    low = line.lower()
    return any(literal in low and pattern.search(line) for literal, pattern in _ANYWHERE_RES)


SOFT = re.compile("|".join([
    rf"^({_SHARE_WORDS})$",                                     # one share button per line
    r"^(https?://|www\.)\S+$", r"^[\w-]+(\.[\w-]+)+/\S*$",       # a bare address
    r"^\d{1,3}$",                                               # a counter ("3 comments")
    r"\bdonat(e|ion|ions)\b", r"\bsubscribe\b", r"\bsupport (our|us)\b",
    r"^(source|via|courtesy(?: of)?|credit|photo|image|tags?|categor(y|ies)|filed under|"
    r"posted (in|by|on)|published (in|by|on))\s*:",
    r"^(source|courtesy of|via)\s", r"\b(press releases?|news|blog)$",
    r"^(last )?updated\b",
]), re.IGNORECASE)


def _short(line: str) -> bool:
    return 0 < len(line) <= MAX_BOILERPLATE_CHARS


def is_strong(line: str) -> bool:
    line = line.strip()
    return _short(line) and _strong_match(line)


def is_soft(line: str) -> bool:
    line = line.strip()
    return _short(line) and (_strong_match(line) or SOFT.search(line) is not None)


def line_text(items: list) -> str:
    return "".join(i.text for i in items if not isinstance(i, LineBreak))


def apply(doc: Transcript) -> None:
    """Turn lines matching a strong pattern into Boilerplate blocks, splitting paragraphs."""
    out: list = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or not any(_is_boilerplate_line(items) for items in lines_of(block)):
            out.append(block)  # the common case: nothing to split
            continue
        pending: list = []
        for offset, items in enumerate(lines_of(block)):
            number = block.line + offset if block.line else 0
            if _is_boilerplate_line(items):
                _flush(pending, out)
                out.append(Boilerplate(text=line_text(items), line=number))
            else:
                pending.append((number, items))
        _flush(pending, out)
    doc.blocks = out


def _is_boilerplate_line(items: list) -> bool:
    return (len(items) == 1 and isinstance(items[0], Text) and len(items[0].text) <= MAX_BOILERPLATE_CHARS
            and is_strong(items[0].text))


def _flush(pending: list, out: list) -> None:
    """Emit the collected lines as one paragraph (line breaks between them)."""
    if not pending:
        return
    content: list = []
    for i, (_, items) in enumerate(pending):
        if i:
            content.append(LineBreak())
        content.extend(items)
    out.append(Paragraph(content=content, line=pending[0][0]))
    pending.clear()
