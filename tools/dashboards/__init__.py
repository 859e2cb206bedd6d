"""newsmon's Grafana dashboards as code (grafana-foundation-sdk): ``python -m tools.dashboards`` (``make
dashboards``) writes them to ``deploy/grafana/dashboards/``, which docker compose provisions."""
