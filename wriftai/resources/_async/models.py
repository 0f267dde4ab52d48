"""The operations of `wriftai.resources.models`: the source of its sync twin."""

from __future__ import annotations

from typing import Any

from wriftai._async.pagination import AsyncPage
from wriftai._async.resource import AsyncResource
from wriftai._core.arguments import body, model_path, page_query, require_str, str_list
from wriftai._core.pages import PaginationOptions
from wriftai.types import CreateModelParams, ModelPaginationOptions, UpdateModelParams
from wriftai_api.api.models import (
    create_model,
    delete_model,
    get_model,
    list_models,
    list_models_by_owner,
    search_models,
    update_model,
)
from wriftai_api.models import CreateModelParams as _CreateBody
from wriftai_api.models import Model, ModelPage, ModelsSortBy, SortDirection
from wriftai_api.models import UpdateModelParams as _UpdateBody

__all__ = ["AsyncModelsResource"]

_LIST_KEYS = frozenset({"sort_by", "sort_direction", "category_slugs"})
# Release 0.22's documentation spells the prediction count `prediction_count`; the current
# API spells it `predictions_count`. Either is accepted and sent as the current API spells it.
_SORT_SPELLING = {"prediction_count": ModelsSortBy.PREDICTIONS_COUNT}


def _list_args(options: ModelPaginationOptions | None, owner: str | None) -> Any:
    """The endpoint, its query and its path arguments for `list`."""
    query = page_query(options, _LIST_KEYS)
    if "category_slugs" in query:
        str_list("category_slugs", query["category_slugs"])
        query["category_slugs"] = list(query["category_slugs"])
    try:
        if "sort_by" in query:
            query["sort_by"] = _SORT_SPELLING.get(query["sort_by"], ModelsSortBy(query["sort_by"]))
        if "sort_direction" in query:
            query["sort_direction"] = SortDirection(query["sort_direction"])
    except ValueError as exc:
        raise ValueError(f"invalid pagination option: {exc}") from None
    if owner is None:
        return list_models, query, ()
    return list_models_by_owner, query, (require_str("owner", owner),)


class AsyncModelsResource(AsyncResource):
    """Models: ``await client.models.async_get(owner, name)`` and the others."""

    async def async_list(
        self, pagination_options: ModelPaginationOptions | None = None, owner: str | None = None
    ) -> AsyncPage[Model]:
        """List models, all of them or one owner's.

        Args:
            pagination_options: ``cursor``, ``page_size``, ``sort_by`` (``created_at`` or
                ``prediction_count``), ``sort_direction`` (``asc`` or ``desc``) and
                ``category_slugs`` (only models in one of these categories).
            owner: The username whose models to list; None lists every model.

        Returns:
            The first (or requested) page; iterating over it walks every item of every page.

        Raises:
            TypeError: An unknown option, or a value of the wrong type.
            ValueError: A value out of range, or an unknown sort.
        """
        endpoint, query, args = _list_args(pagination_options, owner)
        return await self._async_page(endpoint, ModelPage, query, *args)

    async def async_get(self, owner: str, name: str) -> Model:
        """Get a model.

        Args:
            owner: The username of the model's owner.
            name: The model's name.

        Returns:
            The model.

        Raises:
            TypeError: `owner` or `name` is not a string.
            ValueError: `owner` or `name` is not a valid name.
            NotFoundError: There is no such model.
        """
        return await self._async_call(get_model, Model, *model_path(owner, name))

    async def async_create(
        self, params: CreateModelParams, *, idempotency_key: str | None = None
    ) -> Model:
        """Create a model owned by the authenticated user.

        Args:
            params: ``name``, and optionally ``hardware_identifier`` (releases up to 0.22
                required it; the current API has no hardware on models), ``visibility``,
                ``description``, ``source_url``, ``license_url``, ``paper_url``,
                ``overview`` and ``category_slugs``.
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The new model.

        Raises:
            TypeError: `params` lacks ``name``, has an unknown key or a wrong type.
            ValueError: A value is not valid.
        """
        new = body(_CreateBody, params, "params")
        return await self._async_call(
            create_model, Model, body=new, idempotency_key=idempotency_key
        )

    async def async_update(self, owner: str, name: str, params: UpdateModelParams) -> Model:
        """Update a model; only the given fields change.

        Args:
            owner: The username of the model's owner.
            name: The model's name.
            params: The fields to change.

        Returns:
            The updated model.

        Raises:
            TypeError: An argument of the wrong type, or an unknown key in `params`.
            ValueError: A value is not valid.
        """
        changes = body(_UpdateBody, params, "params")
        return await self._async_call(update_model, Model, *model_path(owner, name), body=changes)

    async def async_delete(self, owner: str, name: str) -> None:
        """Delete a model.

        Args:
            owner: The username of the model's owner.
            name: The model's name.

        Raises:
            TypeError: `owner` or `name` is not a string.
            ValueError: `owner` or `name` is not a valid name.
        """
        await self._async_call(delete_model, type(None), *model_path(owner, name))

    async def async_search(
        self, q: str, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[Model]:
        """Search models: a full-text search over their names and descriptions.

        Args:
            q: The words to look for.
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page of matching models; iterating over it walks
            them all.

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_search(search_models, ModelPage, q, pagination_options)
