"""What each CLI command does beyond parsing options: expanding inputs, progress, summary.

One module per command; `cli.py` imports the one it runs, so `teikit --help` stays fast
and one command's dependencies never affect another.
"""
