"""The authenticated user's profile and variables (the values and secrets versions read)."""

from __future__ import annotations

from typing import TypedDict

__all__ = ["CreateVariableParams", "UpdateUserParams", "UpdateVariableParams"]


class UpdateUserParams(TypedDict, total=False):
    """Changes to the authenticated user's profile; every field is optional (the current API).

    Attributes:
        name: The new username.
        display_name: The name shown for the user.
        bio: A short biography.
        urls: Personal or professional website URLs.
        company: The user's company.
        location: Where the user is.
    """

    name: str
    display_name: str | None
    bio: str | None
    urls: list[str] | None
    company: str | None
    location: str | None


class CreateVariableParams(TypedDict):
    """A variable to create (the current API): a value a model version reads, such as a token.

    Attributes:
        name: The variable's name (how versions refer to it).
        key: The environment key the value is given under.
        value: The value.
        secret: Whether the value is a secret: the API never returns a secret's value.
    """

    name: str
    key: str
    value: str
    secret: bool


class UpdateVariableParams(TypedDict, total=False):
    """Changes to a variable; every field is optional (the current API).

    Attributes:
        key: The new environment key.
        value: The new value.
    """

    key: str
    value: str
