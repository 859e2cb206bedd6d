import httpx
from fastapi import FastAPI
from prometheus_client import REGISTRY

from newsmon.gateway.monitoring import UNMATCHED, RequestMetrics


def requests(route: str, status: str) -> float:
    labels = {"route": route, "method": "GET", "status": status}
    return REGISTRY.get_sample_value("newsmon_http_request_duration_seconds_count", labels) or 0


async def test_requests_are_recorded_by_route_template_and_status() -> None:
    app = FastAPI()

    @app.get("/unit/things/{thing_id}")
    async def thing(thing_id: str) -> dict[str, str]:
        return {"id": thing_id}

    app.add_middleware(RequestMetrics)
    before_ok, before_missing = requests("/unit/things/{thing_id}", "200"), requests(UNMATCHED, "404")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        for thing_id in ("a", "b"):
            assert (await client.get(f"/unit/things/{thing_id}")).status_code == 200
        assert (await client.get("/unit/nowhere")).status_code == 404
    assert requests("/unit/things/{thing_id}", "200") == before_ok + 2
    assert requests(UNMATCHED, "404") == before_missing + 1
