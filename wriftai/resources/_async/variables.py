"""The operations of `wriftai.resources.variables`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.pagination import AsyncPage
from wriftai._async.resource import AsyncResource
from wriftai._core.arguments import body, require_str
from wriftai._core.pages import PaginationOptions
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

__all__ = ["AsyncVariablesResource"]


class AsyncVariablesResource(AsyncResource):
    """Variables: ``await client.variables.async_create(params)`` and the others."""

    async def async_create(
        self, params: CreateVariableParams, *, idempotency_key: str | None = None
    ) -> Variable:
        """Create a variable.

        Args:
            params: ``name``, ``key``, ``value`` and ``secret`` (a secret's value is never
                returned afterwards).
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The new variable (a secret's ``value`` is empty).

        Raises:
            TypeError: `params` lacks a required key, has an unknown key or a wrong type.
            ValueError: A value is not valid.
            ConflictError: The user already has a variable of that name.
        """
        new = body(_CreateBody, params, "params")
        return await self._async_call(
            create_variable, Variable, body=new, idempotency_key=idempotency_key
        )

    async def async_list(
        self, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[Variable]:
        """List the authenticated user's variables.

        Args:
            pagination_options: ``cursor`` and ``page_size`` (at most 100 variables a page).

        Returns:
            The first (or requested) page of variables, secret values left empty; iterating
            over it walks every variable.

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_pages(list_variables, VariablePage, pagination_options)

    async def async_update(self, name: str, params: UpdateVariableParams) -> Variable:
        """Update a variable's key or value; only the given fields change.

        Args:
            name: The variable's name.
            params: ``key`` and/or ``value``.

        Returns:
            The updated variable.

        Raises:
            TypeError: `name` is not a string, or `params` has an unknown key or a wrong type.
            ValueError: `name` is empty, or a value is not valid.
            NotFoundError: The user has no variable of that name.
        """
        changes = body(_UpdateBody, params, "params")
        path = require_str("name", name)
        return await self._async_call(update_variable, Variable, path, body=changes)

    async def async_delete(self, name: str) -> None:
        """Delete a variable.

        Args:
            name: The variable's name.

        Raises:
            NotFoundError: The user has no variable of that name.
        """
        await self._async_call_id(delete_variable, type(None), "name", name)
