"""Measurements of the extraction core on ``../shared`` (absent on users' machines: everything skips then).

``python -m tools.evaluation`` prints one table per evaluation; each evaluation returns its rows as
dicts so they are printed, compared and stored the same way (``tools.report.format_table``).
"""
