"""How convert and transform time grows with the size of hostile or unusual inputs.

    python benchmarks/growth.py [--small 1000] [--factor 4]

Each shape below is generated at two sizes, `--small` units and `--factor` times as many,
and converted (a transcript read and written as TEI) or transformed (a TEI file read and
written as text and HTML reading views) in this process; the line printed per shape gives
both CPU times and their ratio. Time that grows in proportion to size gives a ratio near
the factor; a rule that compares every line or speaker with every other one gives near its
square (16 for 4), which an upload of a few megabytes turns into hours. The shapes are
those such rules met: thousands of distinct speakers, header-like lines before the first
label, long lines full of label-like words, dates, dashes and timestamps; in TEI, thousands
of persons, of `@who` pointing at nobody, of ids in one `@who`.
"""
from __future__ import annotations

import argparse
import random
import time

from teikit.convert_api import ConvertOptions, read_transcript
from teikit.transform_api import TransformOptions, render
from teikit.writers import get_writer


def _name(i: int) -> str:
    pick = random.Random(i).choice
    return "".join(pick("BCDFGHJKLMNPRSTVWZ") + pick("AEIOU") for _ in range(3)).capitalize()


def _timed(i: int) -> str:
    return f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}"


# shape name -> text of n units
SHAPES = {
    "distinct upper-case labels": lambda n: "\n\n".join(f"{_name(i).upper()} {_name(i + 7).upper()}: Hello there."
                                                       for i in range(n)),
    "distinct mixed-case labels": lambda n: "\n\n".join(f"{_name(i)} {_name(i + 7)}: Hello there." for i in range(n)),
    "label lines with offices": lambda n: "\n\n".join(f"{_name(i).upper()}, Minister of {_name(i + 3)}\nHello."
                                                     for i in range(n)),
    "introductions": lambda n: "\n\n".join(f"ANN: I now invite {_name(i)} {_name(i + 1)}, Minister of {_name(i + 2)}."
                                           f"\n\n{_name(i + 1).upper()}: Thanks." for i in range(n)),
    "subtitle cues": lambda n: "\n\n".join(f"{i + 1}\n{_timed(i)},000 --> {_timed(i)},500\n{_name(i)}: hi"
                                           for i in range(n)),
    "timestamped labels": lambda n: "\n".join(f"[{_timed(i)}] {_name(i % 50)}: hello" for i in range(n)),
    "menu lines before a label": lambda n: "\n".join(f"Menu Entry {i}" for i in range(n)) + "\n\nANN LEE: Hello.",
    "dash lines": lambda n: "\n".join(["- "] * n) + "\n\nANN LEE: Hello.",
    "timestamp lines": lambda n: "\n".join(["00:"] * n) + "\n\nANN LEE: Hello.",
    "date lines": lambda n: "\n".join(f"{1 + i % 28} May {1900 + i % 120}" for i in range(n)),
    "caption marks in one line": lambda n: ">> " * n + "\n\nANN LEE: Hello.",
    "abbreviations in one line": lambda n: "Title\n\nANN: hi " + "Sr. D. " * n,
    "titles in one line": lambda n: "Title\n\nANN: hi " + "Ms. Lee. " * n,
    "one-line dialogue": lambda n: " ".join(f"{_name(i % 40).upper()}: Yes." for i in range(n)),
    "dash dialogue": lambda n: "\n".join(f"- {_name(i)} says hello?" if i % 2 else f"— Yes {_name(i)}." for i in range(n)),
    "Q and A lines": lambda n: "\n".join(("Q. " if i % 2 else "A. ") + f"{_name(i)} said so." for i in range(n)),
    "bracketed events": lambda n: "ANN: " + " ".join(f"[{_name(i)}]" for i in range(n)),
    "nested brackets": lambda n: "ANN: " + "[a " * n + "]" * n,
    "addresses": lambda n: "\n".join(f"https://example.org/{_name(i)}" for i in range(n)),
    "ideographic labels in long lines": lambda n: "\n\n".join(
        "。 ".join(("主持人", "嘉宾", chr(0x4E00 + i % 9000) + chr(0x4E00 + (i * 7 + k) % 9000))[k % 3] + ":您好"
                  for k in range(12)) for i in range(max(1, n // 12))),
    # the ending pass walks back from the page's end over every footer line
    "footer lines after the last turn": lambda n: "ANN LEE: Hello.\n\n" + "\n\n".join(
        ("- Filed under:", "Share: Mail | Print | Post", "Follow us @harbour_talk") [i % 3] for i in range(n)),
    # each site box inside a turn is checked for a question under it (P153p)
    "site boxes inside a turn": lambda n: "ANN LEE: Hello.\n\n" + "\n\n".join(
        (">>>All our harbour stories<<<", f"We went on to the harbour {i}.")[i % 2] for i in range(n)) + "\n\nBOB ROE: Bye.",
    "Chinese questions and answers": lambda n: "\n".join(f"{'记者' if i % 2 else '答'}：好的{i}" for i in range(n)),
    # a word and a number alone over the speech, each printed once: asked per label whether it
    # is a recording's speaker id (L7b)
    "numbered labels alone": lambda n: "Title\n\n" + "\n\n".join(f"张三{i}：\n你好。" for i in range(n)),
    # a record's labels inside one flattened line, none after a sentence end (L280x)
    "record labels in one line": lambda n: "Title\n\n" + " ".join(
        f"(Applause) President {_name(i % 40)}: I call the next item." for i in range(n)),
}


def _tei(body: str, persons: str = "") -> str:
    return ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
            '</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>'
            f'<profileDesc><particDesc><listPerson>{persons}</listPerson></particDesc></profileDesc>'
            f'</teiHeader><text><body>{body}</body></text></TEI>')


TEI_SHAPES = {
    "persons, one turn each": lambda n: _tei("".join(f'<u who="#p{i}">hi</u>' for i in range(n)),
                                             "".join(f'<person xml:id="p{i}"><persName>P {i}</persName></person>'
                                                     for i in range(n))),
    "@who pointing at nobody": lambda n: _tei("".join(f'<u who="#x{i}">hi</u>' for i in range(n))),
    "many ids in one @who": lambda n: _tei('<u who="' + " ".join(f"#p{i}" for i in range(n)) + '">hi</u>'),
    "speeches of a play": lambda n: _tei("".join(f'<sp who="#p{i}"><speaker>P{i}</speaker><p>hi</p></sp>'
                                                 for i in range(n))),
}


def convert_seconds(text: str) -> float:
    write = get_writer("tei")
    start = time.process_time()
    write(read_transcript(text.encode(), "growth.txt", ConvertOptions()))
    return time.process_time() - start


def transform_seconds(text: str) -> float:
    views = [TransformOptions(to=to) for to in ("text", "html")]
    start = time.process_time()
    for options in views:
        render(text.encode(), "growth.xml", options)
    return time.process_time() - start


def _print(name: str, make, seconds, args) -> None:
    small, large = make(args.small), make(args.small * args.factor)
    t_small, t_large = seconds(small), seconds(large)
    print(f"{name:30} {len(small) / 1e3:8.1f} KB {t_small:7.3f} s  {len(large) / 1e3:8.1f} KB {t_large:7.3f} s"
          f"  ratio {t_large / max(t_small, 1e-3):5.1f} (x{args.factor} size)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000, help="units of the smaller text (default 1000)")
    parser.add_argument("--factor", type=int, default=4, help="how many times larger the other is (default 4)")
    args = parser.parse_args()
    convert_seconds("ANN: Hello.")  # modules and patterns, once
    print("convert")
    for name, make in SHAPES.items():
        _print(name, make, convert_seconds, args)
    transform_seconds(_tei("<p>x</p>"))
    print("transform (text and HTML reading views)")
    for name, make in TEI_SHAPES.items():
        _print(name, make, transform_seconds, args)


if __name__ == "__main__":
    main()
