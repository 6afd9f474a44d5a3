"""Names listed line by line: "George Herman, CBS News" on a line of its own, "GUEST: WILLIAM
E. COLBY" over "Director of Central Intelligence", as lists of guests and panellists print them
(methods of `introductions.NameIndex`, which records where each printed line begins)."""
from __future__ import annotations

from bisect import bisect_right

from teikit.model import LineBreak
from teikit.transforms.helpers import names as nm

# A line that lists a person ("George Herman, CBS News") is at most this many words.
MAX_LISTED_WORDS = 8
# An office line under a listed name is at most this many words.
MAX_ROLE_LINE_WORDS = 12


def lined_text(item) -> str:
    """A paragraph's text with its line breaks as "\n" (where a list of names is read line
    by line); any other block's text as it is."""
    content = getattr(item, "content", None)
    if not content or not any(type(i) is LineBreak for i in content):
        return item.text
    return "".join(("\n" if not i.joined else "") if type(i) is LineBreak else i.text for i in content)


class ListedLines:
    """Methods over a `NameIndex`'s words and its `lines` (the first word of each line)."""

    def _line_of(self, k: int) -> tuple[int, int]:
        """The first word of the line that holds word k, and the first word after it."""
        at = bisect_right(self.lines, k) - 1
        return self.lines[at], self.lines[at + 1]

    def _listed(self, start: int, end: int) -> bool:
        """ "George Herman, CBS News" on a line of its own, "GUEST: WILLIAM E. COLBY": a name
        that opens a short line (after a field's label at most) and ends it (without a
        sentence's full stop) or a comma, as lists of guests and panellists print them."""
        first, after = self._line_of(start)
        opens = start == first or (start - first == 1 and self.raw[first].endswith(":"))
        last = self.raw[end - 1]
        return opens and after - first <= MAX_LISTED_WORDS and (
            last.endswith(",") or end == after and not last.endswith((".", "!", "?")))  # not "Bonjour Ann LEE."

    def _role_line(self, end: int) -> str | None:
        """ "WILLIAM E. COLBY" and on the next line "Director of Central Intelligence": a short
        line that opens with an office, right under a line that the name ends."""
        if end >= len(self.raw) or self._line_of(end)[0] != end:
            return None
        _, after = self._line_of(end)
        line = self.raw[end:after]
        roles = nm.folded(self.lex, "label_role_words")
        if len(line) > MAX_ROLE_LINE_WORDS or not (self.office.match(line[0]) or nm.fold(line[0]) in roles) \
                or any(w.endswith((".", ";", "?", "!", ":")) for w in line[:-1]):
            return None
        return " ".join(line).strip(" ,.;:")
