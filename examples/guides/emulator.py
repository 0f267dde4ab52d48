"""The emulator in a script: start it, point a client at it, inject faults, count requests.

The site's Emulator guide includes the marked parts of this file; the test suite runs it
(it starts emulators of its own and needs no environment).
"""

from __future__ import annotations

import wriftai
from wriftai.testing import Emulator, Faults


def main() -> None:
    # --8<-- [start:faults]
    faults = Faults(rate_503=0.3, seed=1)  # a third of the answers are 503s, replayably
    with Emulator(token="t", prediction_duration=0.2, faults=faults) as emu:
        client = wriftai.Client(access_token=emu.token, api_base_url=emu.base_url)
        with client:
            for _ in range(5):
                client.models.get("wriftai", "echo")  # retried through the 503s
        print(emu.count("GET", "/v1/models/wriftai/echo"), "requests reached the server")
        assert not emu.spec_violations  # every answer conformed to openapi.yaml
    # --8<-- [end:faults]

    # --8<-- [start:era]
    with (
        Emulator(era="legacy") as emu,
        wriftai.Client(access_token=emu.token, api_base_url=emu.base_url) as client,
    ):
        me = client.users.get_authenticated()
        print(me.username, me.display_name)  # the same names read both eras
        emu.era = "current"  # switch at run time
        print(client.users.get_authenticated().username)
    # --8<-- [end:era]


if __name__ == "__main__":
    main()
