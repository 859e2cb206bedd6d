"""Alerts in the gateway: following the ``alerts`` topic, positions for resuming, webhooks."""
