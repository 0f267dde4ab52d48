"""Command line: ``python -m wriftai.testing serve [options]``."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import sys
from collections.abc import Sequence
from typing import Any

from wriftai.testing._app import build_app
from wriftai.testing._context import (
    DEFAULT_TOKEN,
    AppContext,
    Settings,
)
from wriftai.testing._eras import DEFAULT_ERA, ERAS, Era, check_era
from wriftai.testing._fault_state import Faults
from wriftai.testing._faults import ConnectionRegistry
from wriftai.testing._server import bind, make_server
from wriftai.testing._spec import API_PREFIX


def _era(value: str) -> Era:
    """The era ``--era`` names; an alias (``today``, ``seeds``) gives its era."""
    try:
        return check_era(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m wriftai.testing",
        description="A local emulator of the WriftAI API, checked against openapi.yaml.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the emulator until interrupted")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    serve.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    serve.add_argument("--token", default=DEFAULT_TOKEN, help="the bearer token accepted")
    serve.add_argument("--prediction-duration", type=float, default=0.3, metavar="S")
    serve.add_argument("--job-duration", type=float, default=0.5, metavar="S")
    _fault_options(serve)
    serve.add_argument(
        "--era",
        type=_era,
        choices=ERAS,
        default=DEFAULT_ERA,
        help=(
            "answer as the current API (default) or as the API the official client's"
            " releases up to 0.22 knew (legacy); today and seeds are aliases of them"
        ),
    )
    serve.add_argument(
        "--upload-part-size",
        type=int,
        default=None,
        metavar="BYTES",
        help="part_size of new uploads (default $WRIFTAI_EMULATOR_UPLOAD_PART_SIZE or 8 MiB)",
    )
    serve.add_argument("--forward-compat", action="store_true")
    serve.add_argument("--seed", type=int, default=0)
    serve.add_argument("--log-level", default="warning")
    return parser


def _fault_options(serve: argparse.ArgumentParser) -> None:
    """The options that turn on the emulator's faults (see `Faults`)."""
    serve.add_argument("--rate-429", type=float, default=0.0, metavar="F")
    serve.add_argument("--rate-503", type=float, default=0.0, metavar="F")
    serve.add_argument("--drop-before", type=float, default=0.0, metavar="F")
    serve.add_argument("--drop-after", type=float, default=0.0, metavar="F")
    serve.add_argument("--latency", type=float, default=0.0, metavar="S")
    serve.add_argument(
        "--rate-limit",
        type=float,
        default=0.0,
        metavar="R",
        help="requests a second each token may send; more get 429 (default: no limit)",
    )
    serve.add_argument(
        "--rate-limit-burst",
        type=int,
        default=0,
        metavar="N",
        help="requests admitted at once after a pause (default: the rate)",
    )
    serve.add_argument(
        "--ignore-idempotency-keys",
        action="store_true",
        help="act on every POST, as a server that does not read Idempotency-Key",
    )
    serve.add_argument("--cut-stream-after", type=int, default=None, metavar="N")
    serve.add_argument(
        "--drift",
        type=float,
        default=0.0,
        metavar="F",
        help="fraction of JSON responses mutated (see the x-emulator-drift header)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    args = _parser().parse_args(argv)
    settings = _fields(Settings, args)
    if settings["upload_part_size"] is None:
        del settings["upload_part_size"]  # the default: the one of the environment
    ctx = AppContext(Settings(**settings))
    ctx.faults.replace(Faults(**_fields(Faults, args)))
    registry = ConnectionRegistry()
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"WriftAI emulator listening on http://{shown}:{port}{API_PREFIX}", flush=True)
    print(f"answering as the {args.era} era of the API", flush=True)
    server = make_server(build_app(ctx, registry), registry, args.log_level)
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


def _fields(cls: type[Any], args: argparse.Namespace) -> dict[str, Any]:
    """The fields of the dataclass `cls` that the command line sets: its options of their names."""
    given = vars(args)
    return {
        field.name: given[field.name] for field in dataclasses.fields(cls) if field.name in given
    }


if __name__ == "__main__":
    sys.exit(main())
