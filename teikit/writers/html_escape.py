"""The escapers of the HTML view: the only places text from a document enters a page.

`esc` (text), `attr` (attribute values), `link` (every `<a href>`, through `safe_href`,
which allow-lists the exact string written) and `element`. Text and attributes are escaped
as lxml's HTML serialiser escapes them. Kept apart from the page writer so that the inline
writer (`html_inline`) uses the very same functions.
"""
from __future__ import annotations

import re

from teikit.writers.xmlbuild import esc as xml_esc


_ALLOWED_SCHEME = re.compile(r"(?:https?|mailto):", re.I)
_URL_PLAIN = re.compile(r"[\x21-\x7e]*")  # printable ASCII: written as is
_TWO_SLASHES = re.compile(r"[/\\]{2}")  # `//host`, `\\host`, `/\host`: off-site
_FIRST_SEGMENT = re.compile(r"[^/?#]*")
_XML_SPACE = " \t\r\n"


def safe_href(url: str | None) -> str | None:
    """The exact `href` value written for `url`, or None when it may not be a link.

    The URL is percent-encoded first (spaces, controls, DEL and non-ASCII as UTF-8 bytes),
    so what a browser reads is printable ASCII it has no reason to clean up; then that very
    string is allow-listed: `http:`, `https:`, `mailto:`, or a relative reference that
    names no scheme (no `:` before the first `/`, `?` or `#`) and no other host (not
    `//host`, nor `\\\\host` which browsers read as `//host`). Checking a cleaned copy and
    writing another is how `&#xA0;javascript:` links got through before."""
    if not url:
        return None
    url = url.strip(_XML_SPACE)
    if url[:1] == "#" and url.isascii() and url.isprintable() and " " not in url:
        return url  # a link inside the page (most links): printable ASCII, no scheme, no host
    if not _URL_PLAIN.fullmatch(url):
        url = "".join(c if _URL_PLAIN.fullmatch(c) else
                      "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
                      for c in url)
    if _ALLOWED_SCHEME.match(url):
        return url
    if not url or _TWO_SLASHES.match(url) or ":" in _FIRST_SEGMENT.match(url).group():
        return None
    return url


def page_href(file_name: str) -> str:
    """A link to a page written below this one's folder (`x.html`, `sub/x.html`): the path
    percent-encoded but for its `/`s, so no name (`javascript:x.html`, a leading U+3000,
    `\\host`) reads as a scheme or a host; a leading `/` gets `./` before it (`//x.html`
    would name a host)."""
    from urllib.parse import quote
    href = quote(file_name, safe="/")
    return "./" + href if href.startswith("/") else href


# --- escaping: the only places text enters the page ----------------------------------

def esc(text: str) -> str:
    """Text content, escaped as in XML (the XML writer's `esc`); `\r` as a character
    reference, as lxml writes it (a raw CR would be normalised away by the HTML parser)."""
    text = xml_esc(text)
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def attr(name: str, value: str) -> str:
    """` name="value"`, escaped; a value holding `"` but no `'` is quoted with `'`."""
    value = esc(value)
    if '"' not in value:
        return f' {name}="{value}"'
    if "'" not in value:
        return f" {name}='{value}'"
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


def link(url: str | None, content: str, cls: str | None = None) -> str:
    """`<a href="…">content</a>` (content already escaped), or the bare content when `url`
    is not allowed (see `safe_href`): every link of the page is written here."""
    href = safe_href(url)
    if href is None:
        return content
    return f"<a{attr('class', cls) if cls else ''}{attr('href', href)}>{content}</a>"


def element(tag: str, text: str | None, cls: str | None = None) -> str:
    """`<tag class="cls">text</tag>`, text escaped."""
    return f"<{tag}{attr('class', cls) if cls else ''}>{esc(text) if text else ''}</{tag}>"
