"""Users, the authenticated user, variables, hardware and categories.

The site's resource guides include the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import wriftai


def main() -> None:
    with wriftai.Client() as client:
        # --8<-- [start:users]
        me = client.users.get_authenticated()
        print(me.username, me.display_name)  # the handle and the person's name
        other = client.users.get("wriftai")
        print(other.username, other.bio)
        for user in client.users.list({"sort_by": "created_at", "sort_direction": "desc"}):
            print(user.username)
        print([u.username for u in client.users.search("wrift").items])
        # --8<-- [end:users]

        # --8<-- [start:authenticated_user]
        me = client.authenticated_user.get()
        updated = client.authenticated_user.update({"bio": "Builds things."})  # only this
        print(updated.bio, updated.display_name == me.display_name)
        mine = client.authenticated_user.models({"page_size": 10})  # private ones too
        print([m.name for m in mine.items])
        # --8<-- [end:authenticated_user]

        # --8<-- [start:hardware]
        for hardware in client.hardware.list():
            print(hardware.identifier, hardware.name)
        for category in client.model_categories.list():
            print(category.slug, category.name)
        # --8<-- [end:hardware]

        # --8<-- [start:variables]
        client.variables.create(
            {"name": "hf-token", "key": "HF_TOKEN", "value": "hf_example", "secret": True}
        )
        for variable in client.variables.list():
            print(variable.name, variable.key, repr(variable.value))  # a secret reads ""
        client.variables.update("hf-token", {"key": "HF_TOKEN", "value": "hf_rotated"})
        client.variables.delete("hf-token")
        # --8<-- [end:variables]


if __name__ == "__main__":
    main()
