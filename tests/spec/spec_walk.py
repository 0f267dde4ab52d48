"""Walking openapi.yaml for the spec tests, as functions of a spec dict.

Each walker takes the parsed document, so a test can hand it a modified copy and see what
it makes of a schema form the document does not use yet. A schema may be a `$ref`, inline,
an `allOf`, `oneOf` or `anyOf`, or nullable (`type: [x, "null"]`, or a `{type: "null"}`
member of a union); every walker takes all of them. What a test cannot check is reported as
a message that starts with the operation's name (its operationId), never as an exception
while the cases are built.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
SCHEMAS_PREFIX = "#/components/schemas/"


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


# ------------------------------------------------------------------------- references
class Unresolved(LookupError):
    """A `$ref` that does not point at anything in the document."""


def resolve(spec: Mapping[str, Any], ref: str) -> Any:
    """The node a local `$ref` (``#/...``) points at."""
    if not ref.startswith("#/"):
        raise Unresolved(f"$ref {ref} is not local (only #/... references are used)")
    node: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise Unresolved(f"unresolved $ref {ref}")
        node = node[part]
    return node


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    """`node` with `$ref`s followed until a node that is not one."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise Unresolved(f"$ref {ref} refers to itself")
        seen.add(ref)
        node = resolve(spec, ref)
    return node


# ------------------------------------------------------------------------- operations
@dataclass(frozen=True)
class Operation:
    """One operation of the document's paths."""

    method: str  # upper case
    path: str
    op: dict[str, Any] = field(repr=False)

    @property
    def operation_id(self) -> str | None:
        found = self.op.get("operationId")
        return found if isinstance(found, str) and found else None

    @property
    def name(self) -> str:
        """The operationId, or the method and path of an operation that has none."""
        return self.operation_id or f"{self.method} {self.path}"

    @property
    def tag(self) -> str:
        """The first tag; the generator files an untagged operation under `default`."""
        tags = self.op.get("tags")
        return str(tags[0]) if isinstance(tags, list) and tags else "default"


def operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in (spec.get("paths") or {}).items():
        try:
            item = deref(spec, item)
        except Unresolved:
            continue  # test_every_ref_resolves names it
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield Operation(method.upper(), path, op)


def responses(op: Operation) -> Iterator[tuple[str, Any]]:
    """(status as the spec writes it, the response object or its `$ref`)."""
    for status, response in (op.op.get("responses") or {}).items():
        yield str(status), response


# ------------------------------------------------------------------------- schemas
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_VALUES = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)


def subschemas(schema: Any, where: str) -> Iterator[tuple[str, Any]]:
    """`schema` and every schema written inside it, with where each is.

    Only schema keywords are followed (not `example`, whose values can look like schemas),
    and not `$ref`: what a reference points at is walked where it is written.
    """
    yield where, schema
    if not isinstance(schema, dict):
        return
    for key in SCHEMA_MAPS:
        members = schema.get(key)
        if isinstance(members, dict):
            for name, member in members.items():
                yield from subschemas(member, f"{where}/{key}/{name}")
    for key in SCHEMA_LISTS:
        members = schema.get(key)
        if isinstance(members, list):
            for index, member in enumerate(members):
                yield from subschemas(member, f"{where}/{key}/{index}")
    for key in SCHEMA_VALUES:
        if isinstance(schema.get(key), dict | bool):
            yield from subschemas(schema[key], f"{where}/{key}")


def _media_schemas(holder: Any, where: str) -> Iterator[tuple[str, Any]]:
    """The schemas of a parameter, header, request body or response object."""
    if not isinstance(holder, dict) or "$ref" in holder:
        return  # a reference's target is walked where it is written
    if "schema" in holder:
        yield f"{where}/schema", holder["schema"]
    for media_type, media in (holder.get("content") or {}).items():
        if isinstance(media, dict) and "schema" in media:
            yield f"{where}/content/{media_type}/schema", media["schema"]
    for name, header in (holder.get("headers") or {}).items():
        yield from _media_schemas(header, f"{where}/headers/{name}")


def operation_schemas(op: Operation) -> Iterator[tuple[str, Any]]:
    """The schemas written in the operation itself (a `$ref`'d response's are not)."""
    for index, parameter in enumerate(op.op.get("parameters") or []):
        yield from _media_schemas(parameter, f"parameters/{index}")
    yield from _media_schemas(op.op.get("requestBody"), "requestBody")
    for status, response in responses(op):
        yield from _media_schemas(response, f"responses/{status}")


def document_schemas(spec: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every schema of the document, with where it is written.

    An operation's schemas are placed by its name (``operation get_foo: responses/200/...``);
    the others by their JSON pointer.
    """
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from subschemas(schema, f"{SCHEMAS_PREFIX}{name}")
    for section in ("parameters", "headers", "requestBodies", "responses"):
        for name, holder in (components.get(section) or {}).items():
            for where, schema in _media_schemas(holder, f"#/components/{section}/{name}"):
                yield from subschemas(schema, where)
    for op in operations(spec):
        for where, schema in operation_schemas(op):
            yield from subschemas(schema, f"operation {op.name}: {where}")


def undescribed_properties(spec: Mapping[str, Any]) -> list[str]:
    """Every property, of any schema of the document, without a description.

    A property described where its `$ref` points counts as described.
    """
    undescribed = []
    for where, node in document_schemas(spec):
        if not isinstance(node, dict) or not isinstance(node.get("properties"), dict):
            continue
        for name, prop in node["properties"].items():
            try:
                target = deref(spec, prop)
            except Unresolved:
                target = None
            described = [n for n in (prop, target) if isinstance(n, dict) and n.get("description")]
            if not described:
                undescribed.append(f"{where}/properties/{name}")
    return undescribed


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return [str(t) for t in declared]
    return [str(declared)] if declared is not None else []


def is_union(schema: Any) -> bool:
    """A `oneOf`/`anyOf` of alternatives (not an object that also lists some)."""
    return (
        isinstance(schema, dict)
        and any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf"))
        and "properties" not in schema
        and "allOf" not in schema
    )


def is_object(schema: Any) -> bool:
    """A schema the generator makes one model class of."""
    if not isinstance(schema, dict) or is_union(schema):
        return False
    types = _types(schema)
    return "object" in types or (not types and ("properties" in schema or "allOf" in schema))


def is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and _types(schema) == ["null"]


def class_name(text: str) -> str:
    """The generator's class name for a snake_case name (``get_foo_response_200``)."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text))


# ------------------------------------------------------------------------- responses
class Unreadable(Exception):
    """Why a response schema has no named model the tolerant-parsing test can expect."""


def read_as(spec: Mapping[str, Any], schema: Any, inline_name: str) -> tuple[str | None, ...]:
    """The models the generated client reads a JSON response of `schema` into.

    A name is a class of ``wriftai_api.models``; None stands for a JSON null (a nullable
    response). A `$ref` to an object schema (`allOf` included: the generator merges it into
    one class) reads as that schema's class; a `oneOf`/`anyOf` reads as any of its
    alternatives. `inline_name` is the class the generator makes of an inline object.

    Raises:
        Unreadable: The schema reads into no class of its own name, and why.
    """
    return _read_as(spec, schema, inline_name, frozenset())


def _read_as(
    spec: Mapping[str, Any], schema: Any, inline_name: str, seen: frozenset[str]
) -> tuple[str | None, ...]:
    if not isinstance(schema, dict):
        raise Unreadable(f"its schema is {json.dumps(schema)}, which names no shape of body")
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            raise Unreadable(f"$ref {ref} refers to itself")
        try:
            target = resolve(spec, ref)
        except Unresolved as exc:
            raise Unreadable(str(exc)) from None
        name = ref.removeprefix(SCHEMAS_PREFIX)
        if name == ref or "/" in name:
            raise Unreadable(f"its $ref {ref} is not to a schema of components/schemas")
        if isinstance(target, dict) and "$ref" in target:
            return _read_as(spec, target, inline_name, seen | {ref})  # an alias of another
        if is_union(target):
            return _alternatives(spec, target, name, seen | {ref})
        if is_object(target) and "null" in _types(target):
            raise Unreadable(
                f"schema {name} is nullable by `type: [object, null]`, so the generated "
                f"client reads it into {name}Type0, not {name}; give the response "
                f"`anyOf: [{{$ref: {ref}}}, {{type: 'null'}}]` and {name} `type: object`"
            )
        if is_object(target):
            return (name,)
        raise Unreadable(_not_an_object(target, f"schema {name}"))
    if is_union(schema):
        return _alternatives(spec, schema, inline_name, seen)
    if is_null(schema):
        return (None,)
    if is_object(schema):
        how = "allOf" if "allOf" in schema else "object"
        if "null" in _types(schema):
            how, inline_name = f"nullable {how}", f"{inline_name}Type0"
        raise Unreadable(
            f"its schema is inline ({how}), so the generated client reads it into "
            f"{inline_name}, a name the generator makes up from where the schema is written "
            "(test_model_names_read_well rejects it); move the schema to components/schemas "
            "and $ref it"
        )
    raise Unreadable(_not_an_object(schema, "its inline schema"))


def _alternatives(
    spec: Mapping[str, Any], union: dict[str, Any], owner: str, seen: frozenset[str]
) -> tuple[str | None, ...]:
    """The models of a union's alternatives; `owner` is the class name the generator puts
    before ``Type<index>`` to name an inline alternative."""
    keyword = "oneOf" if isinstance(union.get("oneOf"), list) else "anyOf"
    found: list[str | None] = []
    for index, member in enumerate(union[keyword]):
        try:
            for name in _read_as(spec, member, f"{owner}Type{index}", seen):
                if name not in found:
                    found.append(name)
        except Unreadable as exc:
            raise Unreadable(f"{keyword} alternative {index}: {exc}") from None
    if not [name for name in found if name is not None]:
        raise Unreadable(f"every {keyword} alternative is null")
    return tuple(found)


def _not_an_object(schema: Any, what: str) -> str:
    types = [t for t in _types(schema) if t != "null"] if isinstance(schema, dict) else []
    shape = f"is a JSON {'/'.join(types)}" if types else "declares no type (any JSON value)"
    return (
        f"{what} {shape}, not an object; the tolerant-parsing cases damage and read one "
        "model per body, so this body goes unchecked until they read it"
    )


def documented_example(spec: Mapping[str, Any], media: Mapping[str, Any]) -> tuple[bool, Any]:
    """(whether there is one, the example body) of a media type: its first `examples`
    entry, else its `example`, else its schema's."""
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        first = deref(spec, next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
        return False, None
    if "example" in media:
        return True, media["example"]
    schema = deref(spec, media.get("schema"))
    if isinstance(schema, dict) and "example" in schema:
        return True, schema["example"]
    if isinstance(schema, dict) and isinstance(schema.get("examples"), list) and schema["examples"]:
        return True, schema["examples"][0]
    return False, None


@dataclass(frozen=True)
class ResponseCase:
    """One operation's documented 2xx JSON response.

    `problem` says, starting with the operation's name, why the case cannot be checked;
    a test of the case fails with it.
    """

    operation: str
    status: str  # as the spec writes it: "200", "2XX"
    schema: Any = field(repr=False)  # the media type's schema, as written
    body: Any = field(repr=False)
    models: tuple[str | None, ...] = ()
    problem: str | None = None

    @property
    def wire_status(self) -> int:
        """A status code this response answers with (200 for `2XX`)."""
        return int(self.status) if self.status.isdigit() else int(self.status[0]) * 100

    def __str__(self) -> str:
        return f"{self.operation}-{self.status}"


def json_response_cases(spec: Mapping[str, Any]) -> list[ResponseCase]:
    """A case for every 2xx `application/json` response of every operation."""
    cases = []
    for op in operations(spec):
        for status, response in responses(op):
            if not status.startswith("2"):
                continue
            try:
                media = (deref(spec, response).get("content") or {}).get("application/json")
            except (Unresolved, AttributeError) as exc:
                problem = f"operation {op.name}: {status} response: {exc}"
                cases.append(ResponseCase(op.name, status, None, None, (), problem))
                continue
            if isinstance(media, dict):
                cases.append(_response_case(spec, op, status, media))
    return cases


def _response_case(
    spec: Mapping[str, Any], op: Operation, status: str, media: dict[str, Any]
) -> ResponseCase:
    schema = media.get("schema")
    problems = []
    if op.operation_id is None:
        problems.append("it has no operationId, which names its generated module")
    models: tuple[str | None, ...] = ()
    if schema is None:
        problems.append("its application/json content has no schema")
    else:
        inline = class_name(f"{op.name}_response_{status.lower()}")
        try:
            models = read_as(spec, schema, inline)
        except Unreadable as exc:
            problems.append(str(exc))
    try:
        has_example, body = documented_example(spec, media)
    except Unresolved as exc:
        has_example, body = False, None
        problems.append(str(exc))
    if not has_example:
        problems.append("it has no example body to damage (examples, example or the schema's)")
    if not problems:
        return ResponseCase(op.name, status, schema, body, models)
    problem = f"operation {op.name}: {status} response: " + "; ".join(problems)
    return ResponseCase(op.name, status, schema, body, models, problem)


def generated_problem(case: ResponseCase, endpoints: Mapping[str, Any], models: Any) -> str | None:
    """Why the generated package cannot read `case` (it lacks the module or a model)."""
    if case.operation not in endpoints:
        return (
            f"operation {case.operation}: the generated package has no module for it; "
            "run `make generate`"
        )
    missing = [name for name in case.models if name is not None and not hasattr(models, name)]
    if missing:
        return (
            f"operation {case.operation}: the generated package has no model "
            f"{', '.join(missing)}; run `make generate`"
        )
    return None
