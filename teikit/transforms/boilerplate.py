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

STRONG = re.compile("|".join([
    r"official website of the united states", r"here[’']s how you know",
    r"official websites use \.gov", r"\.gov website belongs to", r"secure \.gov websites",
    r"https:// means you", r"share sensitive information only on official",
    r"^this (post|article|story|item) (was|is) (originally )?(published|posted|appeared)",
    r"\boriginally (published|posted|appeared) (on|in|at|by)\b",
    r"reported according to a press release", r"\bpress release sent by\b",
    r"\bmailing list\b", r"\bsign up for (our|the) newsletter\b", r"\bnewsletter\b.*\bsubscribe\b",
    r"click (on )?the above (picture|image|photo)", r"browse in (multiple|other) languages",
    r"\b(select|choose|change) (your |a )?language\b",
    r"\bwe use cookies\b", r"\bcookie (policy|settings|preferences|notice)\b",
    r"^accept (all )?cookies$", r"\ball rights reserved\b", r"^(©|copyright ©?\s*\d{4})",
    r"^skip to (main )?content$", r"^back to top$", r"^print( this)?( page)?$",
    r"^share( this)?( (page|article|post|story))?( on| via)?:?$",
    r"^(share|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|reddit)"
    r"(\s*[|·•/,]?\s*(share|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|"
    r"print|reddit)){1,}$",
    rf"^({_LANGUAGES})(\s*[|·•/,]?\s*({_LANGUAGES})){{2,}}$",
    r"-?\d+\s?°\s?[cf]\b",
    r"^(latest|related|recommended|popular|more|most read) (articles?|news|stories|posts|from)\b",
    r"^(next|previous) (article|post|story)\b", r"^read (more|next)\b",
    r"^(home|menu)\s*[>»/|]",
]), re.IGNORECASE)

SOFT = re.compile("|".join([
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
    return _short(line) and STRONG.search(line) is not None


def is_soft(line: str) -> bool:
    line = line.strip()
    return _short(line) and (STRONG.search(line) is not None or SOFT.search(line) is not None)


def line_text(items: list) -> str:
    return "".join(i.text for i in items if not isinstance(i, LineBreak))


def apply(doc: Transcript) -> None:
    """Turn lines matching a strong pattern into Boilerplate blocks, splitting paragraphs."""
    out: list = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            out.append(block)
            continue
        pending: list = []
        for offset, items in enumerate(lines_of(block)):
            text = line_text(items)
            number = block.line + offset if block.line else 0
            if all(isinstance(i, Text) for i in items) and is_strong(text):
                _flush(pending, out)
                out.append(Boilerplate(text=text, line=number))
            else:
                pending.append((number, items))
        _flush(pending, out)
    doc.blocks = out


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
