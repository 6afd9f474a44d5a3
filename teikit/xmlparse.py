"""The one XML parser configuration teikit trusts: every document, schema and report it
reads is parsed by a parser made here (readers, `transform`, `validate`).

What every parser does, whatever the arguments:

- **no network** (`no_network`): nothing is ever fetched;
- **no DTD loading** (`load_dtd=False`, no DTD validation, no attribute defaults): a
  DOCTYPE's external subset (`SYSTEM "…"`) is never opened, on disk or elsewhere;
- **no external entities**: `<!ENTITY e SYSTEM "file:///etc/passwd">` is never loaded; a
  reference to one is a not-well-formed error ("Entity 'e' not defined");
- **internal entities** are expanded (`resolve_entities="internal"`, the readers' choice)
  or kept as entity nodes (`False`, validate's first pass, see `validate/checks.py`); in
  both cases under libxml2's entity amplification limit (libxml2 >= 2.11, also with
  `huge`), so a billion-laughs or quadratic-blowup document fails in milliseconds;
- **no XInclude** at parse time (`validate --xinclude` expands includes itself, in
  `validate/xinclude.py`, through a resolver confined to the folder or archive given);
- **bounded depth and size**: libxml2's own limits, chosen by `huge`. False (validate's
  default): nesting up to 256 elements, text nodes and names up to 10 MB. True (the
  readers: TEI from elsewhere has long text nodes): nesting up to 2048, text up to 1 GB.
  Whatever walks the tree must therefore cope with 2048 levels without recursion (see
  `readers/tei_body.py` and `readers/tei_inline.py`).

The limits are parameters, not constants, so that callers with other needs (validate
matching jing's verdicts on deep or large documents) choose them here, in one place.

HTML page sources (`convert --from html`, `readers/html.py`) are parsed here too, by
`html_parser`: libxml2's HTML parser, with no network, no DTD (HTML has none to load: a
DOCTYPE's internal subset is not read, `<!ENTITY>` declares nothing) and only HTML's fixed
table of character references, so no entity can expand. It builds no tree: it calls a
target's `start`/`end`/`data` as it reads (C speed, linear in the page; the stdlib's
`html.parser` of Python 3.11 is quadratic on unclosed `<a` or `<!--` runs), so a page
nested a million elements deep costs what its tags cost, and memory holds only the text
the target keeps.
"""
from __future__ import annotations

from functools import lru_cache
from io import BytesIO

# libxml2's depth limit per setting of `huge` (XML_PARSE_HUGE): documented here because the
# walkers below the parsers rely on it (lxml has no setting for it).
MAX_DEPTH = {False: 256, True: 2048}


def make_parser(resolve_entities=False, base_resolver=None, recover=False, strip=False, *,
                huge: bool = False, remove_comments: bool = False, remove_pis: bool = False,
                collect_ids: bool = True):
    """An lxml `XMLParser` with the settings above.

    `resolve_entities`: "internal" to expand internal entities, False to keep references
    (never True: that would let libxml2 load external ones). `base_resolver`: an lxml
    Resolver (validate's confined XInclude resolver). `recover`: libxml2's recovery mode.
    `strip`: drop whitespace-only text between elements. `huge`: the larger libxml2 limits.
    `collect_ids`: keep libxml2's table of xml:ids (for `getelementbyid`); a reader that
    never looks an id up parses faster without it (a sixth of the parse of a small file).
    """
    from lxml import etree
    if resolve_entities not in (False, "internal"):
        raise ValueError("resolve_entities must be False or 'internal'")
    parser = etree.XMLParser(resolve_entities=resolve_entities, no_network=True,
                             load_dtd=False, dtd_validation=False, attribute_defaults=False,
                             huge_tree=huge, recover=recover,
                             remove_blank_text=strip, remove_comments=remove_comments,
                             remove_pis=remove_pis, collect_ids=collect_ids)
    if base_resolver is not None:
        parser.resolvers.add(base_resolver)
    return parser


# 100,000 copies of a 100-byte entity (10 MB if expanded): enough to cross libxml2's
# amplification threshold (1 MB expanded, factor 5), harmless where it is not enforced.
_AMPLIFICATION_PROBE = (b'<!DOCTYPE r [<!ENTITY a "' + b"x" * 100 + b'">'
                        + b"".join(b"<!ENTITY %c \"%s\">" % (98 + i, b"&%c;" % (97 + i) * 10)
                                   for i in range(5)) + b"]><r>&f;</r>")


@lru_cache(maxsize=1)
def huge_keeps_entity_limits() -> bool:
    """True when libxml2 enforces its entity amplification limit with `huge` too (libxml2 >=
    2.11; older versions lifted it with XML_PARSE_HUGE). Probed, not read from a version
    number: then `huge` is safe on documents that declare entities (validate lifts the
    size and depth limits for them only if so)."""
    from lxml import etree
    try:
        etree.fromstring(_AMPLIFICATION_PROBE, make_parser("internal", huge=True))
    except etree.XMLSyntaxError as exc:
        return "amplification" in str(exc)
    return False


def iterparse(data: bytes, events=("start",), *, huge: bool = False,
              resolve_entities=False):
    """`lxml.etree.iterparse` over bytes with the same settings as `make_parser`."""
    from lxml import etree
    if resolve_entities not in (False, "internal"):
        raise ValueError("resolve_entities must be False or 'internal'")
    return etree.iterparse(BytesIO(data), events=events, resolve_entities=resolve_entities,
                           no_network=True, load_dtd=False, dtd_validation=False,
                           attribute_defaults=False, huge_tree=huge)


def html_parser(target):
    """An lxml `HTMLParser` that feeds `target` (an object with `start(tag, attrib)`,
    `end(tag)`, `data(text)` and `close()`) and builds no tree: the settings above. libxml2's
    recovery (an HTML parser's ordinary work: implied end tags, stray `<`) is always on."""
    from lxml import etree
    return etree.HTMLParser(target=target, no_network=True, remove_comments=True,
                            remove_pis=True, default_doctype=False, collect_ids=False,
                            huge_tree=True)
