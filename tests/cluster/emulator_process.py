"""An emulator in a process of its own, for the Ray tests: no GIL shared with the driver.

It prints its base URL and token, then answers lines on stdin: ``faults <json>`` sets the
faults, ``reset`` clears the state, ``dump`` prints one JSON line of what it saw (each
request's method, path and fault; each prediction's prompt and creation time).
"""

from __future__ import annotations

import json
import sys

from wriftai.testing import Emulator, Faults


def main() -> None:
    with Emulator(prediction_duration=0.05) as emu:
        print(emu.base_url, emu.token, flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "faults":
                emu.faults = Faults(**json.loads(argument))
            elif command == "reset":
                emu.reset()
            elif command == "dump":
                requests = [[r.method, r.path, r.fault] for r in emu.requests]
                predictions = [
                    [p.input.get("prompt"), p.created_at] for p in emu.state.predictions.values()
                ]
                print(json.dumps({"requests": requests, "predictions": predictions}), flush=True)
            print("ok", flush=True)


if __name__ == "__main__":
    main()
