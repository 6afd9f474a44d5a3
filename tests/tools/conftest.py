"""The project's tools (`tools/*.py`) are scripts, not a package: each test module gets the
one it tests as a module, loaded from its file."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def check_gold():
    return _load("check_gold")


@pytest.fixture()
def first_run():
    return _load("first_run")


@pytest.fixture()
def output_hashes():
    return _load("output_hashes")


@pytest.fixture()
def label_lines():
    return _load("label_lines")


@pytest.fixture()
def line_features():
    return _load("line_features")


@pytest.fixture()
def rule_lines():
    return _load("rule_lines")


@pytest.fixture()
def line_model():
    pytest.importorskip("numpy")  # a training-time tool: numpy is no dependency of teikit
    return _load("line_model")


@pytest.fixture()
def line_gate():
    pytest.importorskip("numpy")
    return _load("line_gate")
