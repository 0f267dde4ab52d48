"""The variables resource: values (and secrets) that model versions read.

A variable has a ``name`` (how a version's configuration refers to it), a ``key`` (the
environment variable the value is given under) and a ``value``. A secret's value is never
returned by the API (it reads as an empty string), and the facade never shows the value
of a variable being created or updated in a repr, a log line or an error.
"""

from __future__ import annotations

from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, body, page_query, require_str
from wriftai.types import CreateVariableParams, UpdateVariableParams
from wriftai_api.api.variables import (
    create_variable,
    delete_variable,
    list_variables,
    update_variable,
)
from wriftai_api.models import CreateVariableParams as _CreateBody
from wriftai_api.models import UpdateVariableParams as _UpdateBody
from wriftai_api.models import Variable, VariablePage

__all__ = ["VariablesResource"]


class VariablesResource(Resource):
    """Variables: ``client.variables``."""

    @property
    def with_raw_response(self) -> VariablesRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.list()``."""
        return VariablesRawResponses(self)

    def create(
        self, params: CreateVariableParams, *, idempotency_key: str | None = None
    ) -> Variable:
        """Create a variable.

        Args:
            params: ``name``, ``key``, ``value`` and ``secret`` (a secret's value is never
                returned afterwards).
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The new variable (a secret's ``value`` is empty).
        """
        new = body(_CreateBody, params, "params")
        return self._call(create_variable, Variable, body=new, idempotency_key=idempotency_key)

    async def async_create(
        self, params: CreateVariableParams, *, idempotency_key: str | None = None
    ) -> Variable:
        """Async form of `create`."""
        new = body(_CreateBody, params, "params")
        key = idempotency_key
        return await self._async_call(create_variable, Variable, body=new, idempotency_key=key)

    def list(self, pagination_options: PaginationOptions | None = None) -> Page[Variable]:
        """List the authenticated user's variables.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        return self._page(list_variables, VariablePage, page_query(pagination_options))

    async def async_list(
        self, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[Variable]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        query = page_query(pagination_options)
        return await self._async_page(list_variables, VariablePage, query)

    def update(self, name: str, params: UpdateVariableParams) -> Variable:
        """Update a variable's key or value; only the given fields change.

        Args:
            name: The variable's name.
            params: ``key`` and/or ``value``.

        Returns:
            The updated variable.
        """
        changes = body(_UpdateBody, params, "params")
        return self._call(update_variable, Variable, require_str("name", name), body=changes)

    async def async_update(self, name: str, params: UpdateVariableParams) -> Variable:
        """Async form of `update`."""
        changes = body(_UpdateBody, params, "params")
        vname = require_str("name", name)
        return await self._async_call(update_variable, Variable, vname, body=changes)

    def delete(self, name: str) -> None:
        """Delete a variable.

        Args:
            name: The variable's name.
        """
        self._call(delete_variable, type(None), require_str("name", name))

    async def async_delete(self, name: str) -> None:
        """Async form of `delete`."""
        await self._async_call(delete_variable, type(None), require_str("name", name))


class VariablesRawResponses(RawResponses):
    """`VariablesResource` methods, each returning an `APIResponse`."""

    create = RawResponses.of(VariablesResource.create)
    async_create = RawResponses.of_async(VariablesResource.async_create)
    delete = RawResponses.of(VariablesResource.delete)
    async_delete = RawResponses.of_async(VariablesResource.async_delete)
    list = RawResponses.of(VariablesResource.list)
    async_list = RawResponses.of_async(VariablesResource.async_list)
    update = RawResponses.of(VariablesResource.update)
    async_update = RawResponses.of_async(VariablesResource.async_update)
