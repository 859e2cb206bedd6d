"""Training of the models the project ships (``python -m newsmon.training.ner --lang en``).

Reads ``../shared`` (absent on users' machines); nothing at run time imports this package.
"""
