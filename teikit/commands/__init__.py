"""What each CLI command does beyond parsing options: expanding inputs, progress, summary.

One module per command; `cli.py` imports them lazily so `teikit --help` stays fast.
"""
from teikit.commands.convert import run_convert  # noqa: F401
