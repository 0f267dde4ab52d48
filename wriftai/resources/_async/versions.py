"""The operations of `wriftai.resources.versions`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.pagination import AsyncPage
from wriftai._async.resource import AsyncResource
from wriftai._core.arguments import body, model_path, parse_model_ref
from wriftai._core.pages import PaginationOptions
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

__all__ = ["AsyncVersionsResource"]


def _version_path(version_id: str) -> tuple[str, str, int]:
    """The path arguments (owner, name, number) of ``owner/name:number``."""
    owner, name, number = parse_model_ref(version_id, need_version=True)
    assert number is not None
    return owner, name, number


class AsyncVersionsResource(AsyncResource):
    """Model versions: ``await client.versions.async_get(version_id)`` and the others."""

    async def async_get(self, version_id: str) -> ModelVersionWithDetails:
        """Get a model version.

        Args:
            version_id: The version as ``owner/name:number`` (else `ValueError`).

        Returns:
            The version with its schemas.

        Raises:
            NotFoundError: There is no such version.
        """
        path = _version_path(version_id)
        return await self._async_call(get_model_version, ModelVersionWithDetails, *path)

    async def async_list(
        self,
        model_owner: str,
        model_name: str,
        pagination_options: PaginationOptions | None = None,
    ) -> AsyncPage[ModelVersion]:
        """List a model's versions.

        Args:
            model_owner: The username of the model's owner.
            model_name: The model's name.
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page of the model's versions; iterating over it walks
            every version.

        Raises:
            ValueError: Not a valid owner or model name.
            NotFoundError: There is no such model.
        """
        path = model_path(model_owner, model_name)
        return await self._async_pages(
            list_model_versions, ModelVersionPage, pagination_options, *path
        )

    async def async_create(
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

        Raises:
            TypeError: An argument of the wrong type, or `options` lacks a required key
                or has an unknown one.
            ValueError: Not a valid owner or model name, or a value is not valid.
            NotFoundError: There is no such model.
        """
        path = model_path(model_owner, model_name)
        new = body(_CreateBody, options, "options")
        return await self._async_call(
            create_model_version,
            ModelVersionWithDetails,
            *path,
            body=new,
            idempotency_key=idempotency_key,
        )

    async def async_delete(self, version_id: str) -> None:
        """Delete a model version.

        Args:
            version_id: The version as ``owner/name:number`` (else `ValueError`).

        Raises:
            NotFoundError: There is no such version.
        """
        await self._async_call(delete_model_version, type(None), *_version_path(version_id))

    async def async_get_configuration(self, version_id: str) -> VersionConfiguration:
        """Get a version's configuration: its hardware and the variables it is given.

        Args:
            version_id: The version as ``owner/name:number`` (else `ValueError`).

        Returns:
            ``hardware_identifier`` and ``variable_names``.

        Raises:
            NotFoundError: There is no such version.
        """
        path = _version_path(version_id)
        return await self._async_call(get_model_version_configuration, VersionConfiguration, *path)

    async def async_update_configuration(
        self, version_id: str, params: UpdateVersionConfigurationParams
    ) -> VersionConfiguration:
        """Change a version's hardware or its variables; only the given fields change.

        Args:
            version_id: The version as ``owner/name:number`` (else `ValueError`).
            params: ``hardware_identifier`` and/or ``variable_names`` (which replaces the
                whole list).

        Returns:
            The updated configuration.

        Raises:
            TypeError: `version_id` is not a string, or `params` has an unknown key or a
                wrong type.
            ValueError: `version_id` is not ``owner/name:number``, or a value is not valid.
            NotFoundError: There is no such version.
        """
        path = _version_path(version_id)
        changes = body(_ConfigurationBody, params, "params")
        endpoint = update_model_version_configuration
        return await self._async_call(endpoint, VersionConfiguration, *path, body=changes)
