"""Web-page sources of transcripts (a saved `.html` page, Word's "Save as Web Page", the
HTML of a PHP template) -> the plain-text reader's lines -> Transcript (R980e).

The page is read as a browser shows it, and what it shows goes through the plain-text
pipeline unchanged (`plaintext.paragraphs`, then every pass), so every label, header and
boilerplate rule applies to pages as to pasted text:

- a block element (`p`, `div`, `h1`-`h6`, `li`, `tr`, `blockquote`, `pre`, `section` ...)
  starts and ends a paragraph (a blank line); `<br>` ends a line inside one (two `<br>` in a
  row: a blank line, as a page shows it); a table's cells are apart by a tab;
- whitespace is collapsed as HTML collapses it (the line breaks of the source are spaces),
  except inside `pre`; character references are decoded (`&amp;`, `&#8217;`, `&nbsp;`);
- tags are dropped: a label printed in bold (`<b>Name:</b> ...`) is the text the page shows,
  `Name: ...`, read by the colon label shape as in plain text;
- not shown, so not read: `script`, `style`, `template` and `noscript` content, comments, the
  `head`'s metadata (`meta`, `link`), PHP code (`<?php ... ?>`, `<?= ... ?>`: what it
  would print is not in the source). The `<title>` is the document's title unless the
  header lines name one (as a WebVTT file's, `SettingPass`).

So the TEI holds the text a reader of the page sees, not the page's markup: "nothing in
the source is lost" holds for that text; the source's bytes are identified by the
`sha256` of the TEI header. Line numbers (in warnings) count the lines of that text.

Parsing: `teikit.xmlparse.html_parser` (libxml2's HTML parser, no network, no entities but
HTML's own, no tree: a target gets the tags and text as they come, linear in the page).
"""
from __future__ import annotations

import codecs
import re

from teikit.model import Transcript
from teikit.readers.decode import decode_text, kept_warning, refuse_xml
from teikit.readers.plaintext import paragraphs, report_encoding, source_of

PAGE_SUFFIXES = (".html", ".htm", ".php")

# A page's first tag, after white space, an XML declaration (XHTML) and comments.
_PAGE_START = re.compile(rb"(?:\s|<\?xml\b[^>]{0,200}>|<!--.{0,2000}?-->)*"
                         rb"(?:<!doctype\s+html|<html|<head|<body|<\?php)(?![\w:.-])",
                         re.IGNORECASE | re.DOTALL)
_BOM = codecs.BOM_UTF8
_HEAD = 4096


def is_page(data: bytes, name: str = "") -> bool:
    """A web page's source: named `.html`, `.htm` or `.php`, or opening with a DOCTYPE html,
    `<html>`, `<head>`, `<body>` or PHP code."""
    if name.lower().endswith(PAGE_SUFFIXES):
        return True
    head = data[:_HEAD]
    return bool(_PAGE_START.match(head[len(_BOM):] if head.startswith(_BOM) else head))


def read(data: bytes, name: str = "<input>", lang: str = "en", doc_id: str = "doc") -> Transcript:
    from teikit.readers.pagetext import page_text

    doc = Transcript(id=doc_id, lang=lang)
    text, encoding, declared = _decode(data, name)
    if not is_page(data):  # (a .html file holding TEI is still XML, refused as ever)
        refuse_xml(text, name)
    doc.source = source_of(data, name, encoding)
    if not declared:
        report_encoding(doc, encoding)
    page = page_text(strip_php(text))
    if page.controls:
        doc.source.non_xml = page.non_xml
        doc.warn(kept_warning(page.controls))
    doc.setting.title = page.title
    doc.blocks.extend(paragraphs(page.lines))
    return doc


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # (UTF-32's begin so too)
# <meta charset="windows-1252">, <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def _decode(data: bytes, name: str) -> tuple[str, str, bool]:
    """(text, encoding, declared): UTF-8, else the charset the page declares in a `meta`
    (declared: no warning), else what the plain-text reader does (a BOM's encoding, its
    guess of a legacy one, with its warning; an empty or binary file refused)."""
    if data.strip() and not data.startswith(_BOMS):
        try:
            return data.decode("utf-8"), "utf-8", False
        except UnicodeDecodeError:
            declared = _declared(data)
            if declared is not None:
                return declared[0], declared[1], True
    text, encoding = decode_text(data, name)
    return text, encoding, False


def _declared(data: bytes) -> tuple[str, str] | None:
    m = _META_CHARSET.search(data[:_HEAD * 4])
    if m is None:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii")).name
        return data.decode(codec), codec
    except (LookupError, UnicodeDecodeError):
        return None


_PHP_OPEN = re.compile(r"<\?(?:php\b|=)", re.IGNORECASE)


def strip_php(text: str) -> str:
    """The text without its PHP code blocks (`<?php ... ?>`, `<?= ... ?>`; a last block may
    run to the end of the file). One pass: each block's end is searched for once."""
    if "<?" not in text:
        return text
    out: list[str] = []
    at = 0
    while (m := _PHP_OPEN.search(text, at)) is not None:
        out.append(text[at:m.start()])
        end = text.find("?>", m.end())
        at = len(text) if end < 0 else end + 2
    out.append(text[at:])
    return "".join(out)

