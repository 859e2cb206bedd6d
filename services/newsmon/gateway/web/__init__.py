"""The web page of the gateway (``/``): search with facets, the article view and the live alerts panel.

Static files only (``assets/``: HTML, ES modules, CSS; no build step, nothing loaded from elsewhere); the
page talks to the API of the same gateway."""
