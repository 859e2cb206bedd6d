"""The HTTP layer: routers, dependencies, response models; the only place HTTP errors are raised."""
