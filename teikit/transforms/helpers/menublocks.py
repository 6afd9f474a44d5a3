"""A site's menu block: one paragraph of the page (lines without a blank line between) that
holds two lines or more the boilerplate rules claimed, or one among five lines or more ("ASAP
Sports RSS Subscribe to RSS" among the lines of a site's menu). Its other lines are buttons
and links of the same menu ("Click to go to" / "Asaptext.com"), not a headline wrapped over
two lines (H290c)."""
from __future__ import annotations

from teikit.model import HeaderKind as K

# A paragraph with this many furniture lines is a menu: one such line may be a bullet or a
# widget beside a heading (a record's "• Released by" field over its title).
MIN_MENU_LINES = 2
# ... and so is a paragraph of this many lines with one furniture line (a menu's lines are
# claimed one by one, most of them only once the title is known)
MIN_MENU_RUN = 5


def page_layout(header: list) -> dict[int, bool]:
    """Each source line number of the header: True for the site's furniture (a line the
    boilerplate rules claimed), False for other lines. Blank lines are the numbers missing."""
    return {item.line: getattr(item, "kind", K.BOILERPLATE) == K.BOILERPLATE
            for item in header if getattr(item, "line", 0) and hasattr(item, "text")}


def menu_lines(header: list) -> frozenset[int]:
    """The line numbers of the header's menu blocks (paragraphs with `MIN_MENU_LINES`
    furniture lines or more)."""
    layout = page_layout(header)
    menus: set[int] = set()
    run: list[int] = []
    for n in sorted(layout):
        if run and n != run[-1] + 1:
            menus.update(_menu(run, layout))
            run = []
        run.append(n)
    menus.update(_menu(run, layout))
    return frozenset(menus)


def _menu(run: list[int], layout: dict[int, bool]) -> list[int]:
    furniture = sum(layout[n] for n in run)
    return run if furniture >= MIN_MENU_LINES or (furniture and len(run) >= MIN_MENU_RUN) else []
