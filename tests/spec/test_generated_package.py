"""The generated package: one module per operation, readable names, tolerant parsing."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
from spec_walk import load_spec, operations

import wriftai_api
import wriftai_api.api
import wriftai_api.models

ENTRY_POINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(first tag, operation name) of every operation: the generated module's place."""
    return sorted((op.tag, op.name) for op in operations(spec))


OPERATIONS = spec_operations(load_spec())


@pytest.mark.parametrize(("tag", "operation_id"), OPERATIONS)
def test_each_operation_has_a_module_with_sync_and_async_functions(
    tag: str, operation_id: str
) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", operation_id):
        message = f"operation {operation_id}: no snake_case operationId to name its module"
        pytest.fail(message, pytrace=False)
    try:
        module = importlib.import_module(f"wriftai_api.api.{tag}.{operation_id}")
    except ModuleNotFoundError:
        pytest.fail(
            f"operation {operation_id}: no module wriftai_api.api.{tag}.{operation_id}; "
            "run `make generate`",
            pytrace=False,
        )
    for name in ENTRY_POINTS:
        function = getattr(module, name)
        assert inspect.iscoroutinefunction(function) == name.startswith("asyncio"), name


def test_no_module_without_an_operation() -> None:
    generated = sorted(
        (tag.name, op.name)
        for tag in pkgutil.iter_modules(wriftai_api.api.__path__)
        for op in pkgutil.iter_modules([str(Path(wriftai_api.api.__path__[0]) / tag.name)])
    )
    assert generated == OPERATIONS


def test_model_names_read_well() -> None:
    names = [name for name in wriftai_api.models.__all__]
    assert len(names) > 60
    unreadable = [name for name in names if re.search(r"Body\d|Response\d{3}|Type\d|\d$|_", name)]
    assert not unreadable, unreadable


PREDICTION = {
    "id": "pred_1",
    "url": "https://api.wrift.ai/v1/predictions/pred_1",
    "created_at": "2025-03-02T08:00:00Z",
    "updated_at": "2025-03-02T08:00:03Z",
    "status": "succeeded",
    "setup_time": None,
    "execution_time": "1.5",
    "model": {"owner": "wriftai", "name": "echo", "version_number": 1},
    "input": {"prompt": "hi"},
    "output": "hi",
    "error": None,
}


def test_known_prediction_status_parses_to_the_enum() -> None:
    from wriftai_api.models import PredictionStatus, PredictionWithIO

    prediction = PredictionWithIO.from_dict(PREDICTION)
    assert prediction.status is PredictionStatus.SUCCEEDED
    assert prediction.to_dict()["status"] == "succeeded"


def test_unknown_prediction_status_parses_as_a_string() -> None:
    from wriftai_api.models import Prediction, PredictionStatus, PredictionWithIO

    for cls in (Prediction, PredictionWithIO):
        prediction = cls.from_dict({**PREDICTION, "status": "processing"})
        assert prediction.status == "processing"
        assert not isinstance(prediction.status, PredictionStatus)
        assert prediction.to_dict()["status"] == "processing"


def test_unknown_job_and_endpoint_statuses_parse() -> None:
    from wriftai_api.models import GetFineTuneResponse, GetLLMEndpointResponse

    job = GetFineTuneResponse.from_dict({"id": "ft_1", "status": "QUEUED_FOR_GPU"})
    assert job.status == "QUEUED_FOR_GPU"
    endpoint = GetLLMEndpointResponse.from_dict(
        {
            "name": "llama-2-7b",
            "source": "hugging_face",
            "inference_framework": "vllm",
            "status": "SCALING",
        }
    )
    assert endpoint.status == "SCALING"


def test_unknown_fields_are_kept() -> None:
    from wriftai_api.models import PredictionWithIO

    prediction = PredictionWithIO.from_dict({**PREDICTION, "queue_position": 3})
    assert prediction.additional_properties == {"queue_position": 3}
    assert prediction.to_dict()["queue_position"] == 3


def test_package_version_is_importable() -> None:
    assert wriftai_api.AuthenticatedClient.__name__ == "AuthenticatedClient"


def test_nullable_converted_fields_parse_and_keep_unexpected_shapes() -> None:
    import datetime

    from wriftai_api.models import User

    base = {
        "id": "usr_1",
        "username": "demo",
        "avatar_url": "https://avatars.wrift.ai/demo.png",
        "name": None,
        "bio": None,
        "location": None,
        "company": None,
        "created_at": "2024-06-01T10:00:00Z",
    }
    parsed = User.from_dict({**base, "updated_at": "2024-06-02T10:00:00Z"}).updated_at
    assert parsed == datetime.datetime(2024, 6, 2, 10, tzinfo=datetime.UTC)
    assert User.from_dict({**base, "updated_at": None}).updated_at is None
    # A value of another shape does not fail the whole object: it is kept as it came, and
    # the typed attribute says why it is not there instead of holding a string.
    user = User.from_dict({**base, "updated_at": "yesterday"})
    assert user.username == "demo"
    assert user.additional_properties == {"updated_at": "yesterday"}
    with pytest.raises(AttributeError, match=r"User\.updated_at .* 'updated_at' in a shape"):
        _ = user.updated_at
    assert user.to_dict()["updated_at"] == "yesterday"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, {}),
        ({"fine_tuned_model": None}, {}),  # an optional field present is not an extra
        ({"queue": 2}, {"queue": 2}),  # an extra in place of the absent optional field
        ({"fine_tuned_model": "m", "queue": 2}, {"queue": 2}),
    ],
)
def test_extra_keys_are_told_apart_from_optional_fields(
    extra: dict[str, Any], expected: dict[str, Any]
) -> None:
    from wriftai_api.models import GetFineTuneResponse

    source = {"id": "ft_1", "status": "RUNNING", **extra}
    job = GetFineTuneResponse.from_dict(source)
    assert job.additional_properties == expected
    assert source == {"id": "ft_1", "status": "RUNNING", **extra}  # the input is left alone
    assert job.to_dict() == source


def _model_classes() -> list[type]:
    import attrs

    found = []
    for info in pkgutil.iter_modules(wriftai_api.models.__path__):
        module = importlib.import_module(f"wriftai_api.models.{info.name}")
        found += [
            value
            for value in vars(module).values()
            if attrs.has(value) and value.__module__ == module.__name__
        ]
    return found


@pytest.mark.parametrize("model", _model_classes(), ids=lambda m: m.__name__)
def test_the_exact_reader_passes_each_field_in_its_own_place(model: type) -> None:
    """`_from_dict` builds a model by position (cheaper than keywords): in field order."""
    import ast
    import textwrap

    import attrs

    tree = ast.parse(textwrap.dedent(inspect.getsource(model._from_dict)))  # type: ignore[attr-defined]
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]
    assert len(calls) == 1, model
    (call,) = calls
    assert not call.keywords
    passed = [arg.id for arg in call.args if isinstance(arg, ast.Name)]
    assert len(passed) == len(call.args)  # every argument is a field's local variable
    assert passed == [field.name for field in attrs.fields(model) if field.init]
