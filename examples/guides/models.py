"""Models and versions: search, update, configuration; predictions: list, stream, cancel.

The site's resource guides include the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import secrets

import wriftai


def main() -> None:
    with wriftai.Client() as client:
        owner = client.users.get_authenticated().username
        name = f"guide-{secrets.token_hex(3)}"
        # --8<-- [start:models]
        model = client.models.create({"name": name, "description": "A model of the guide."})
        client.models.update(owner, name, {"description": "Updated.", "visibility": "private"})
        print(client.models.get(owner, name).description)
        for found in client.models.search("echo", {"page_size": 10}):
            print(f"{found.owner.username}/{found.name}")
        popular = client.models.list({"sort_by": "predictions_count", "sort_direction": "desc"})
        print([m.name for m in popular.items])
        images = client.models.list({"category_slugs": ["image-generation"]})
        print([m.name for m in images.items])
        # --8<-- [end:models]

        # --8<-- [start:versions]
        version = client.versions.create(
            owner,
            model.name,
            {
                "release_notes": "Takes a number of steps; answers with the image's URL.",
                "container_image_digest": "sha256:" + "1e" * 32,
                "schemas": {
                    "prediction": {
                        "input": {
                            "type": "object",
                            "properties": {
                                "prompt": {"type": "string"},
                                "steps": {"type": "integer"},
                            },
                            "required": ["prompt"],
                        },
                        "output": {"type": "string", "format": "uri"},
                    }
                },
            },
        )
        ref = f"{owner}/{model.name}:{version.number}"  # how a version is named
        print(client.versions.get(ref).release_notes)
        print([v.number for v in client.versions.list(owner, model.name).items])
        configuration = client.versions.get_configuration(ref)
        print(configuration.hardware_identifier, configuration.variable_names)
        client.versions.update_configuration(ref, {"hardware_identifier": "gpu-t4"})
        client.versions.delete(ref)
        client.models.delete(owner, model.name)
        # --8<-- [end:versions]

        # --8<-- [start:predictions]
        started = client.predictions.create({"input": {"prompt": "a b c d e f"}}, "wriftai/echo")
        print(started.id, started.status)  # not waited for: still running
        cancelled = client.predictions.cancel(started.id)
        print(cancelled.status)
        done = client.predictions.create(
            model="wriftai/echo",
            input={"prompt": "hello"},
            wait=True,  # 0.34's keywords
        )
        for event in client.predictions.stream(done.id, after_id="1"):  # resume after id 1
            print(event.id, event.event)
        print(client.predictions.get(done.id).output)
        for prediction in client.predictions.list({"page_size": 5}, statuses=["succeeded"]):
            print(prediction.id, prediction.status)
        # --8<-- [end:predictions]


if __name__ == "__main__":
    main()
