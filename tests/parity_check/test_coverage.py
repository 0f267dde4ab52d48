"""The parity check's coverage rule: a spec operation that no scenario uses fails by name."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from parity import compare
from parity.common import SPEC


def test_every_operation_of_the_spec_has_a_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert compare.main(["--coverage-only"]) == 0
    assert "operations covered" in capsys.readouterr().out


def test_a_new_operation_without_a_scenario_fails_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"]["/hardware/{identifier}"] = {
        "get": {
            "operationId": "get_hardware",
            "tags": ["hardware"],
            "responses": {"200": {"description": "The hardware."}},
        }
    }
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert compare.main(["--spec", str(changed), "--coverage-only"]) == 1
    out = capsys.readouterr().out
    assert "parity: operation get_hardware is used by no scenario" in out
    operations = compare.spec_operations(changed)
    _, uncovered, _ = compare.coverage(compare.load_scenarios(), operations)
    assert "get_hardware" in uncovered
    assert f"{len(operations) - len(uncovered)}/{len(operations)} operations covered" in out


def test_a_scenario_naming_an_unknown_operation_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    for path in compare.SCENARIOS.glob("*.yaml"):
        (folder / path.name).write_text(path.read_text())
    (folder / "typo.yaml").write_text("name: typo\nsteps:\n  - op: get_hardwares\n")
    assert compare.main(["--scenarios", str(folder), "--coverage-only"]) == 1
    assert "typo.yaml: get_hardwares" in capsys.readouterr().out
