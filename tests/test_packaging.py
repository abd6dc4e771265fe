"""The wheel as a user installs it: only our three packages, the demo data inside, the script works.

Built and installed into a fresh venv outside the repo, so a file missing from the wheel (a
persona, a guide, a stylesheet) cannot hide behind the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("profile_audit-*.whl")
    return built


def test_wheel_ships_exactly_our_three_packages(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    top = {n.split("/", 1)[0] for n in names if not n.startswith("profile_audit-")}
    assert top == {"audit", "detectors", "tui"}
    assert any(n.startswith("audit/demo/jo-ect/x/") and n.endswith("data/tweets.js") for n in names)
    assert "audit/templates/report.html.j2" in names
    assert not any(n.startswith(("tests/", "fixtures/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_outside_the_repo(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # Dependencies come from this environment (installing spaCy afresh would take minutes): the
    # .pth adds its site-packages, whose own .pth files (our editable install) are not processed.
    site = next((venv / "lib").glob("python*/site-packages"))
    deps = next(p for p in sys.path if p.endswith("site-packages") and Path(p, "phonenumbers").is_dir())
    (site / "deps.pth").write_text(deps + "\n")
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--no-deps", "--quiet", str(wheel)], check=True, capture_output=True
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PROFILE_AUDIT_HOME": str(tmp_path / "h")}
    script = str(venv / "bin" / "profile-audit")
    version = subprocess.run([script, "--version"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert version.returncode == 0 and version.stdout.startswith("profile-audit ")
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import audit; print(audit.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert str(venv) in where.stdout
    demo = subprocess.run([script, "scan", "--demo", "--json"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert demo.returncode == 1, demo.stderr
    document = json.loads(demo.stdout)
    assert {f["kind"] for f in document["findings"]} >= {"phone", "email"}
