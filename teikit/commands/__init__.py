"""What each CLI command does beyond parsing options: expanding inputs, progress, summary.

`options.py` declares every command's options once; one module per command holds its run
function, imported only when that command runs, so `teikit --help` stays fast and one
command's dependencies never affect another.
"""
