"""newsmon: streaming news monitoring that turns denials into typed, searchable, alertable records."""

__version__ = "0.1.0"
