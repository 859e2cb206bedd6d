"""Training of the models the project ships (``python -m tools.training.ner --lang en``).

Reads ``../shared`` (absent on users' machines); nothing at run time imports this package.
"""
