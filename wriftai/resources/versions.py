"""The versions resource: numbered versions of a model, named ``owner/name:number``."""

from __future__ import annotations

from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, body, model_path, page_query, parse_model_ref
from wriftai.types import CreateVersionParams, UpdateVersionConfigurationParams
from wriftai_api.api.versions import (
    create_model_version,
    delete_model_version,
    get_model_version,
    get_model_version_configuration,
    list_model_versions,
    update_model_version_configuration,
)
from wriftai_api.models import CreateVersionParams as _CreateBody
from wriftai_api.models import (
    ModelVersion,
    ModelVersionPage,
    ModelVersionWithDetails,
    VersionConfiguration,
)
from wriftai_api.models import UpdateVersionConfigurationParams as _ConfigurationBody

__all__ = ["VersionsResource"]


def _version_path(version_id: str) -> tuple[str, str, int]:
    owner, name, number = parse_model_ref(version_id, need_version=True)
    assert number is not None
    return owner, name, number


class VersionsResource(Resource):
    """Model versions: ``client.versions``."""

    @property
    def with_raw_response(self) -> VersionsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return VersionsRawResponses(self)

    def get(self, version_id: str) -> ModelVersionWithDetails:
        """Get a model version.

        Args:
            version_id: The version as ``owner/name:number``.

        Returns:
            The version with its schemas.

        Raises:
            ValueError: `version_id` is not ``owner/name:number``.
        """
        return self._call(get_model_version, ModelVersionWithDetails, *_version_path(version_id))

    async def async_get(self, version_id: str) -> ModelVersionWithDetails:
        """Async form of `get`."""
        path = _version_path(version_id)
        return await self._async_call(get_model_version, ModelVersionWithDetails, *path)

    def list(
        self,
        model_owner: str,
        model_name: str,
        pagination_options: PaginationOptions | None = None,
    ) -> Page[ModelVersion]:
        """List a model's versions.

        Args:
            model_owner: The username of the model's owner.
            model_name: The model's name.
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        path = model_path(model_owner, model_name)
        query = page_query(pagination_options)
        return self._page(list_model_versions, ModelVersionPage, query, *path)

    async def async_list(
        self,
        model_owner: str,
        model_name: str,
        pagination_options: PaginationOptions | None = None,
    ) -> AsyncPage[ModelVersion]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        path = model_path(model_owner, model_name)
        query = page_query(pagination_options)
        return await self._async_page(list_model_versions, ModelVersionPage, query, *path)

    def create(
        self,
        model_owner: str,
        model_name: str,
        options: CreateVersionParams,
        *,
        idempotency_key: str | None = None,
    ) -> ModelVersionWithDetails:
        """Create a version of a model.

        Args:
            model_owner: The username of the model's owner.
            model_name: The model's name.
            options: ``release_notes``, ``schemas`` and ``container_image_digest``, and
                (the current API) ``compatibilities`` and ``configuration``
                (``{"hardware_identifier", "variable_names"}``; left out, the version
                inherits the previous version's).
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The new version.
        """
        path = model_path(model_owner, model_name)
        new = body(_CreateBody, options, "options")
        return self._call(
            create_model_version,
            ModelVersionWithDetails,
            *path,
            body=new,
            idempotency_key=idempotency_key,
        )

    async def async_create(
        self,
        model_owner: str,
        model_name: str,
        options: CreateVersionParams,
        *,
        idempotency_key: str | None = None,
    ) -> ModelVersionWithDetails:
        """Async form of `create`."""
        path = model_path(model_owner, model_name)
        new = body(_CreateBody, options, "options")
        key = idempotency_key
        endpoint = create_model_version
        return await self._async_call(
            endpoint, ModelVersionWithDetails, *path, body=new, idempotency_key=key
        )

    def delete(self, version_id: str) -> None:
        """Delete a model version.

        Args:
            version_id: The version as ``owner/name:number``.
        """
        self._call(delete_model_version, type(None), *_version_path(version_id))

    async def async_delete(self, version_id: str) -> None:
        """Async form of `delete`."""
        await self._async_call(delete_model_version, type(None), *_version_path(version_id))

    def get_configuration(self, version_id: str) -> VersionConfiguration:
        """Get a version's configuration: its hardware and the variables it is given.

        Args:
            version_id: The version as ``owner/name:number``.

        Returns:
            ``hardware_identifier`` and ``variable_names``.
        """
        path = _version_path(version_id)
        return self._call(get_model_version_configuration, VersionConfiguration, *path)

    async def async_get_configuration(self, version_id: str) -> VersionConfiguration:
        """Async form of `get_configuration`."""
        path = _version_path(version_id)
        return await self._async_call(get_model_version_configuration, VersionConfiguration, *path)

    def update_configuration(
        self, version_id: str, params: UpdateVersionConfigurationParams
    ) -> VersionConfiguration:
        """Change a version's hardware or its variables; only the given fields change.

        Args:
            version_id: The version as ``owner/name:number``.
            params: ``hardware_identifier`` and/or ``variable_names`` (which replaces the
                whole list).

        Returns:
            The updated configuration.
        """
        path = _version_path(version_id)
        changes = body(_ConfigurationBody, params, "params")
        endpoint = update_model_version_configuration
        return self._call(endpoint, VersionConfiguration, *path, body=changes)

    async def async_update_configuration(
        self, version_id: str, params: UpdateVersionConfigurationParams
    ) -> VersionConfiguration:
        """Async form of `update_configuration`."""
        path = _version_path(version_id)
        changes = body(_ConfigurationBody, params, "params")
        endpoint = update_model_version_configuration
        return await self._async_call(endpoint, VersionConfiguration, *path, body=changes)


class VersionsRawResponses(RawResponses):
    """`VersionsResource` methods, each returning an `APIResponse`."""

    create = RawResponses.of(VersionsResource.create)
    async_create = RawResponses.of_async(VersionsResource.async_create)
    delete = RawResponses.of(VersionsResource.delete)
    async_delete = RawResponses.of_async(VersionsResource.async_delete)
    get = RawResponses.of(VersionsResource.get)
    async_get = RawResponses.of_async(VersionsResource.async_get)
    list = RawResponses.of(VersionsResource.list)
    async_list = RawResponses.of_async(VersionsResource.async_list)
    get_configuration = RawResponses.of(VersionsResource.get_configuration)
    async_get_configuration = RawResponses.of_async(VersionsResource.async_get_configuration)
    update_configuration = RawResponses.of(VersionsResource.update_configuration)
    async_update_configuration = RawResponses.of_async(VersionsResource.async_update_configuration)
