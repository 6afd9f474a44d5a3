"""Pass `boilerplate`: site lines with strong evidence become Boilerplate blocks.

Lines matching a strong phrase of page furniture (see `helpers.page`) are set apart
wherever they stand, splitting paragraphs around them, before labels are looked for.
Boilerplate is never dropped: it is written as `gap[@reason='editorial']` with the line
verbatim in `desc`.
"""
from __future__ import annotations

from teikit.model import Boilerplate, Paragraph, Text, Transcript
from teikit.transforms.helpers.lines import joined, line_text, lines_of
from teikit.transforms.helpers.page import MAX_BOILERPLATE_CHARS, is_strong


class BoilerplatePass:
    name = "boilerplate"
    after: tuple[str, ...] = ()

    def apply(self, doc: Transcript, ctx) -> None:
        lex = ctx.lexicon

        def site_line(items: list) -> bool:
            return (len(items) == 1 and isinstance(items[0], Text)
                    and len(items[0].text) <= MAX_BOILERPLATE_CHARS and is_strong(items[0].text, lex))

        out: list = []
        for block in doc.blocks:
            if not isinstance(block, Paragraph) or not any(site_line(items) for items in lines_of(block)):
                out.append(block)  # the common case: nothing to split
                continue
            pending: list = []
            for offset, items in enumerate(lines_of(block)):
                number = block.line + offset if block.line else 0
                if site_line(items):
                    _flush(pending, out)
                    out.append(Boilerplate(text=line_text(items), line=number))
                else:
                    pending.append((number, items))
            _flush(pending, out)
        doc.blocks = out


def _flush(pending: list, out: list) -> None:
    if pending:
        out.append(joined([items for _, items in pending], pending[0][0]))
        pending.clear()


PASS = BoilerplatePass()
