"""Fault drills: the whole pipeline on a private Kafka and Elasticsearch, one fault per drill, then a census.

``python -m tools.drills`` (``make drills``) runs them; see :mod:`tools.drills.__main__`.
"""
