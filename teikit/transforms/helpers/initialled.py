"""A speaker named in full at the first turn, by initials afterwards (L215x).

Magazines print an interview's first question and answer under the full names, then the
initials: `Jeune Afrique/L'intelligent :` then `J.A.I. :`, `Guy Roux :` then `G.R. :`. A
mixed-case label printed once needs evidence; its initials printed as a label twice or more
are that evidence. The initials are the first letters of the name's words, split at spaces,
slashes and hyphens, an elided article left out (`L'intelligent` gives `I`).

Initials joined by hyphens are that label too (L260x): a double-barrelled surname printed once,
`Tshabalala-Msimang: `, then `T-M: ` over and over (the hyphens mark the surname's parts).

A script that pairs every speaker's full name with initials in capitals (`Terry Gross:` then
`TG:` over and over) has its convention once one such pair has its initials printed twice or
more; a speaker who comes in late, `Tim Russell:` once and then `TR:` once, is read by it too
(L282a): the full name once, its bare capitals initials printed once after it.
"""
from __future__ import annotations

import re

MIN_INITIALS = 2
_WORDS = re.compile(r"[\s/\-]+")
_ELIDED = re.compile(r"^[^\W\d_][’']")
# capitals joined by hyphens, each alone ("T-M", "J-P-R"): not a word ("TV-AM" has no run)
# bare capitals initials without full stops ("TG", "SS"): two to four capitals (L282a)
_BARE = re.compile(r"[^\W\d_a-z]{2,4}")
_HYPHENED = re.compile(r"[^\W\d_a-z](?:-[^\W\d_a-z]){1,3}")


def initialled_names(counts) -> frozenset[str]:
    """The names of `counts` (how often each candidate name is printed) printed once whose
    initials are a label printed twice or more (`J.A.I.`, `JAI`, `G. R.`), or once when the
    document pairs another name with bare capitals initials printed twice or more (L282a)."""
    initials = {key: n for name, n in counts.items() if n >= 2 and (key := _as_initials(name))}
    bare = {name: n for name, n in counts.items() if _BARE.fullmatch(name) and name.isupper()}
    once = [name for name, n in counts.items() if n == 1 and _initials_of(name)]
    paired = any(bare.get(_initials_of(name), 0) >= MIN_INITIALS for name in once)
    if not initials and not paired:
        return frozenset()
    return frozenset(name for name in once if initials.get(_initials_of(name), 0) >= MIN_INITIALS
                     or (paired and bare.get(_initials_of(name), 0) >= 1))


def initials_of_names(names) -> frozenset[str]:
    """The bare capitals initials of `names` (`Tim Russell` -> `TR`): labels with them (L282a)."""
    return frozenset(key for name in names if (key := _initials_of(name)))


def _as_initials(name: str) -> str | None:
    """ "J.A.I." -> "JAI": a label of capital letters, each with its full stop, or a short
    run of capitals."""
    compact = name.replace(" ", "")
    if re.fullmatch(r"(?:[^\W\d_a-z]\.){2,5}", compact) and compact.upper() == compact:
        return compact.replace(".", "")
    return hyphened_initials(compact)  # "T-M": a hyphenated name's initials (L260x)


# The full name with its initials in brackets, and its role after a comma: "Gabriela Warkentin
# (GW), conductora", printed once, then "GW:" (L2146k).
_BRACKETED = re.compile(r"(?P<name>[^()]{3,60}?)\s*\((?P<initials>[^\W\d_a-z]{2,4})\)(?:\s*,\s*[^()]{1,80})?")


def _initials_of(name: str) -> str | None:
    if name.endswith(")") or "), " in name:
        bracketed = _BRACKETED.fullmatch(name.strip())
        return bracketed.group("initials") if bracketed and _initials_of(bracketed.group("name")) == \
            bracketed.group("initials") else None
    words = [w for w in _WORDS.split(name.strip()) if w]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join((_ELIDED.sub("", w) or w)[0].upper() for w in words)


def hyphened_initials(label: str) -> str | None:
    """ "T-M" -> "TM": a label of capitals joined by hyphens (L260x), or None."""
    compact = label.replace(" ", "")
    return compact.replace("-", "") if _HYPHENED.fullmatch(compact) else None
