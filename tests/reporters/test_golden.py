"""Each reporter's output for one sample report, compared byte for byte with a golden file
in tests/data/reporters/. Regenerate with TEIKIT_UPDATE_GOLDEN=1 after a deliberate change."""
from __future__ import annotations

from pathlib import Path

import pytest

from teikit.reporters import FORMATS, render
from tests.golden import check_golden

GOLDEN = Path(__file__).parent.parent / "data" / "reporters"
SUFFIX = {"text": "txt", "json": "json", "junit": "xml", "github": "txt", "sarif": "sarif"}


def options(fmt: str) -> dict:
    return {"tool_version": "0.0.0-test"} if fmt == "sarif" else {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_matches_golden_file(report, fmt):
    check_golden(GOLDEN / f"sample.{fmt}.{SUFFIX[fmt]}", render(fmt, report, **options(fmt)))


def test_github_step_summary_matches_golden_file(report):
    from teikit.reporters.github import step_summary
    check_golden(GOLDEN / "sample.github-summary.md", step_summary(report))


def test_unknown_format_is_refused(report):
    with pytest.raises(ValueError, match="unknown report format"):
        render("yaml", report)


def test_a_missing_golden_file_fails_and_is_not_written(tmp_path, monkeypatch):
    import tests.golden as golden
    from tests.transform.conftest import DATA, check_golden as transform_check
    monkeypatch.setattr(golden, "UPDATE", False)
    with pytest.raises(pytest.fail.Exception, match="missing"):
        golden.check_golden(tmp_path / "absent.txt", "x")
    with pytest.raises(pytest.fail.Exception, match="missing"):
        transform_check("absent-golden.html", "x")
    assert not (tmp_path / "absent.txt").exists() and not (DATA / "absent-golden.html").exists()
    monkeypatch.setattr(golden, "UPDATE", True)  # TEIKIT_UPDATE_GOLDEN=1
    golden.check_golden(tmp_path / "absent.txt", "x")
    assert (tmp_path / "absent.txt").read_text() == "x"
