"""The Python runner: every scenario through the ``wriftai`` facade, sync or async.

``python -m parity.runners.python_runner --root URL --form sync|async --out FILE``
runs the scenarios of ``parity/build/scenarios.json`` against the emulator at URL (a
``python -m parity.serve``), resetting it before each scenario, and writes the raw
transcript: per step what the facade returned or raised and the requests the emulator
received. ``parity/compare.py`` normalises and compares transcripts.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import wriftai
from parity.common import BUILD, TOKEN, http_json, select, substitute

Call = tuple[str, str, tuple[Any, ...], dict[str, Any]]
Args = dict[str, Any]


def _opt(query: Args) -> Args | None:
    return dict(query) or None


def _version(path: Args) -> str:
    return f"{path['owner']}/{path['name']}:{path['number']}"


def _prediction(body: Args) -> Call:
    params = {k: v for k, v in body.items() if k not in {"model", "stream"}}
    return ("predictions", "create", (params, body["model"]), {"stream": body.get("stream", False)})


def _completion(query: Args, body: Args, stream: bool) -> Call:
    options = dict(body)
    args = (
        query["model_endpoint_name"],
        options.pop("prompt"),
        options.pop("max_new_tokens"),
        options.pop("temperature"),
    )
    return ("completions", "create", args, {"stream": stream, **options})


def _upload(body: Args) -> Call:
    file = body["file"]
    return ("files", "upload", (file["content"].encode(),), {"filename": file["filename"]})


def put_parts(parts: Args) -> list[str]:
    """PUTs each part of ``parts["content"]`` to its presigned URL; the ETags in part order."""
    content = str(parts["content"]).encode()
    size = int(parts["part_size"])
    etags = []
    for index, url in enumerate(parts["urls"]):
        piece = content[index * size : (index + 1) * size]
        answer = httpx.put(url, content=piece, headers={"Content-Type": parts["mime_type"]})
        if answer.is_error:
            raise RuntimeError(f"PUT of part {index + 1} answered {answer.status_code}")
        etags.append(answer.headers.get("etag", ""))
    return etags


def _search_users(query: Args) -> Call:
    rest = {k: v for k, v in query.items() if k != "q"}
    return ("users", "search", (query["q"], _opt(rest)), {})


def _list_predictions(query: Args) -> Call:
    rest = {k: v for k, v in query.items() if k != "statuses"}
    return ("predictions", "list", (rest or None,), {"statuses": query.get("statuses")})


ADAPTERS: dict[str, Callable[[Args, Args, Args], Call]] = {
    # operationId -> (path, query, body) -> (resource, method, args, kwargs)
    "get_authenticated_user": lambda p, q, b: ("users", "get_authenticated", (), {}),
    "get_user": lambda p, q, b: ("users", "get", (p["username"],), {}),
    "list_users": lambda p, q, b: ("users", "list", (_opt(q),), {}),
    "search_users": lambda p, q, b: _search_users(q),
    "update_authenticated_user": lambda p, q, b: ("authenticated_user", "update", (b,), {}),
    "list_authenticated_user_models": lambda p, q, b: (
        "authenticated_user",
        "models",
        (_opt(q),),
        {},
    ),
    "list_hardware": lambda p, q, b: ("hardware", "list", (_opt(q),), {}),
    "list_model_categories": lambda p, q, b: ("model_categories", "list", (_opt(q),), {}),
    "list_models": lambda p, q, b: ("models", "list", (_opt(q),), {}),
    "list_models_by_owner": lambda p, q, b: ("models", "list", (_opt(q), p["owner"]), {}),
    "get_model": lambda p, q, b: ("models", "get", (p["owner"], p["name"]), {}),
    "create_model": lambda p, q, b: ("models", "create", (b,), {}),
    "update_model": lambda p, q, b: ("models", "update", (p["owner"], p["name"], b), {}),
    "delete_model": lambda p, q, b: ("models", "delete", (p["owner"], p["name"]), {}),
    "search_models": lambda p, q, b: (
        "models",
        "search",
        (q["q"], _opt({k: v for k, v in q.items() if k != "q"})),
        {},
    ),
    "list_model_versions": lambda p, q, b: (
        "versions",
        "list",
        (p["owner"], p["name"], _opt(q)),
        {},
    ),
    "get_model_version": lambda p, q, b: ("versions", "get", (_version(p),), {}),
    "create_model_version": lambda p, q, b: ("versions", "create", (p["owner"], p["name"], b), {}),
    "delete_model_version": lambda p, q, b: ("versions", "delete", (_version(p),), {}),
    "get_model_version_configuration": lambda p, q, b: (
        "versions",
        "get_configuration",
        (_version(p),),
        {},
    ),
    "update_model_version_configuration": lambda p, q, b: (
        "versions",
        "update_configuration",
        (_version(p), b),
        {},
    ),
    "create_upload": lambda p, q, b: ("uploads", "create", (), dict(b)),
    "complete_upload": lambda p, q, b: ("uploads", "complete", (p["upload_id"],), dict(b)),
    "create_variable": lambda p, q, b: ("variables", "create", (b,), {}),
    "list_variables": lambda p, q, b: ("variables", "list", (_opt(q),), {}),
    "update_variable": lambda p, q, b: ("variables", "update", (p["variable_name"], b), {}),
    "delete_variable": lambda p, q, b: ("variables", "delete", (p["variable_name"],), {}),
    "list_predictions": lambda p, q, b: _list_predictions(q),
    "create_prediction": lambda p, q, b: _prediction(b),
    "get_prediction": lambda p, q, b: ("predictions", "get", (p["prediction_id"],), {}),
    "cancel_prediction": lambda p, q, b: ("predictions", "cancel", (p["prediction_id"],), {}),
    "stream_prediction": lambda p, q, b: (
        "predictions",
        "stream",
        (p["prediction_id"],),
        {"after_id": q["after_id"]} if "after_id" in q else {},
    ),  # a `Prefer: wait=<n>` header of the step becomes `wait=n` (see `step`)
    "create_completion": lambda p, q, b: _completion(q, b, False),
    "create_completion_stream": lambda p, q, b: _completion(q, b, True),
    "create_batch_completions": lambda p, q, b: ("batch_completions", "create", (), dict(b)),
    "get_batch_completion": lambda p, q, b: (
        "batch_completions",
        "get",
        (p["batch_completion_id"],),
        {},
    ),
    "cancel_batch_completion": lambda p, q, b: (
        "batch_completions",
        "cancel",
        (p["batch_completion_id"],),
        {},
    ),
    "create_fine_tune": lambda p, q, b: ("fine_tunes", "create", (), dict(b)),
    "get_fine_tune": lambda p, q, b: ("fine_tunes", "get", (p["fine_tune_id"],), {}),
    "list_fine_tunes": lambda p, q, b: ("fine_tunes", "list", (), {}),
    "cancel_fine_tune": lambda p, q, b: ("fine_tunes", "cancel", (p["fine_tune_id"],), {}),
    "get_fine_tune_events": lambda p, q, b: ("fine_tunes", "events", (p["fine_tune_id"],), {}),
    "upload_file": lambda p, q, b: _upload(b),
    "get_file": lambda p, q, b: ("files", "get", (p["file_id"],), {}),
    "list_files": lambda p, q, b: ("files", "list", (), {}),
    "delete_file": lambda p, q, b: ("files", "delete", (p["file_id"],), {}),
    "get_file_content": lambda p, q, b: ("files", "content", (p["file_id"],), {}),
    "create_llm_endpoint": lambda p, q, b: ("llm_endpoints", "create", (dict(b),), {}),
    "get_llm_endpoint": lambda p, q, b: ("llm_endpoints", "get", (p["model_endpoint_name"],), {}),
    "list_llm_endpoints": lambda p, q, b: ("llm_endpoints", "list", (), dict(q)),
    "update_llm_endpoint": lambda p, q, b: (
        "llm_endpoints",
        "update",
        # The facade sends the endpoint's own inference_framework itself (it reads it first).
        (p["model_endpoint_name"], {k: v for k, v in b.items() if k != "inference_framework"}),
        {},
    ),
    "delete_llm_endpoint": lambda p, q, b: (
        "llm_endpoints",
        "delete",
        (p["model_endpoint_name"],),
        {},
    ),
    "download_model": lambda p, q, b: (
        "llm_endpoints",
        "download",
        (b["model_name"], b.get("download_format", "hugging_face")),
        {},
    ),
}
"""How each operation's scenario arguments become a facade call."""


def to_data(value: Any) -> Any:
    """A facade result as plain JSON data (wire names, as the server sent them)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if hasattr(value, "to_dict"):
        return to_data(value.to_dict())
    if hasattr(value, "response") and hasattr(value, "items"):  # a ListResult
        return to_data(value.response)
    if hasattr(value, "items") and hasattr(value, "next_cursor"):  # a Page
        return {
            "items": to_data(value.items),
            "next_cursor": value.next_cursor,
            "previous_cursor": getattr(value, "previous_cursor", None),
        }
    if hasattr(value, "event") and hasattr(value, "data"):  # a server-sent event
        return {"event": value.event, "data": to_data(value.data), "id": value.id}
    return str(value)


class Runner:
    """Runs scenario steps through one form of the facade."""

    def __init__(self, root: str, form: str) -> None:
        """Talk to the emulator at `root` in `form` (``sync`` or ``async``)."""
        self.root = root
        self.form = form
        self.client = wriftai.Client(access_token=TOKEN, api_base_url=root + "/v1")

    async def call(self, resource: str, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call a facade method in this runner's form."""
        name = method if self.form == "sync" else f"async_{method}"
        result = getattr(getattr(self.client, resource), name)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def drain(self, iterable: Any) -> list[Any]:
        """Every item of a sync or async iterable."""
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)

    async def step(self, step: dict[str, Any]) -> dict[str, Any]:
        """Run one (already substituted) step; returns its result or error."""
        op = step["op"]
        body = step.get("body", {})
        if step.get("parts"):
            try:
                body = {**body, "etags": put_parts(step["parts"])}
            except Exception as error:
                return {"by_hand": True, "how": op, "result": {"exception": str(error)}}
        resource, method, args, kwargs = ADAPTERS[op](
            step.get("path", {}), step.get("query", {}), body
        )
        prefer = step.get("headers", {}).get("Prefer", "")
        if op == "stream_prediction" and prefer.startswith("wait="):
            kwargs["wait"] = float(prefer.removeprefix("wait="))
        record: dict[str, Any] = {"by_hand": False, "how": f"{resource}.{method}"}
        if step.get("parts"):
            # `client.uploads.upload` does create, part PUTs and complete in one call; a
            # scenario that splits them sends the parts by hand, as the TS runner does.
            record["by_hand"] = True
            record["reason"] = "the part PUTs go to presigned URLs, which are not API operations"
            record["how"] += " (part PUTs by hand with httpx)"
        try:
            if step.get("wait"):
                options = wriftai.WaitOptions if self.form == "sync" else wriftai.AsyncWaitOptions
                done = await self.call(resource, "wait", *args, options(poll_interval=0.1))
                record["result"], record["how"] = to_data(done), f"{resource}.wait"
            elif step.get("pages") == "all":
                first = await self.call(resource, method, *args, **kwargs)
                pages = await self.drain(first.iter_pages())
                items = [item for page in pages for item in page.items]
                record["result"] = {"pages": len(pages), "items": to_data(items)}
                record["how"] += " + iter_pages"
            elif op in {"stream_prediction", "create_completion_stream"}:
                events = await self.drain(await self.call(resource, method, *args, **kwargs))
                record["result"] = {"events": [self._event(e) for e in events]}
            else:
                record["result"] = to_data(await self.call(resource, method, *args, **kwargs))
        except wriftai.APIStatusError as error:
            record["result"] = {"error": {"status": error.status_code, "message": error.message}}
        except Exception as error:  # written into the transcript, then compared
            record["result"] = {"exception": f"{type(error).__name__}: {error}"}
        return record

    @staticmethod
    def _event(event: Any) -> Any:
        """A stream item: a prediction event keeps its name and id, a chunk is its data."""
        if hasattr(event, "event") and hasattr(event, "data"):
            return {"event": event.event, "data": to_data(event.data)}
        return {"event": None, "data": to_data(event)}

    async def scenario(self, scenario: dict[str, Any]) -> list[dict[str, Any]]:
        """Run a scenario from a freshly reset emulator."""
        http_json(self.root + "/_parity/reset", "POST")
        variables: dict[str, Any] = {}
        steps = []
        for raw in scenario["steps"]:
            step = substitute({k: v for k, v in raw.items() if k != "capture"}, variables)
            record = await self.step(step)
            record["requests"] = http_json(self.root + "/_parity/log")
            for name, where in (raw.get("capture") or {}).items():
                variables[name] = select(record["result"], where)
            record["variables"] = dict(variables)
            steps.append(record)
        return steps


async def run(root: str, form: str, scenarios: list[dict[str, Any]]) -> dict[str, Any]:
    """Every scenario through one form; the raw transcript."""
    runner = Runner(root, form)
    try:
        return {
            "language": f"python-{form}",
            "scenarios": {s["name"]: await runner.scenario(s) for s in scenarios},
        }
    finally:
        runner.client.close()
        if form == "async":
            await runner.client.aclose()


def main() -> None:
    """Command line: run and write the raw transcript."""
    parser = argparse.ArgumentParser(prog="python -m parity.runners.python_runner")
    parser.add_argument("--root", required=True, help="the emulator's root URL")
    parser.add_argument("--form", choices=("sync", "async"), required=True)
    parser.add_argument("--scenarios", type=Path, default=BUILD / "scenarios.json")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    scenarios = json.loads(args.scenarios.read_text())
    transcript = asyncio.run(run(args.root, args.form, scenarios))
    args.out.write_text(json.dumps(transcript, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
