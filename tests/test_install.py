"""The README's first command on a fresh machine: a clean clone, no `uv` on PATH, `make run` serves the site.

`pip install uv` puts the uv binary in the interpreter's own bin/, which is not on PATH under pyenv,
so the Makefile must reach uv through the interpreter. This test builds exactly that situation: a
new interpreter environment without uv (its bin/ first on PATH as `python3`), and a PATH on which no
`uv` executable exists anywhere.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.services import PROJECT_DIR, free_port

pytestmark = pytest.mark.install


def _path_without_uv() -> str:
    dirs = [d for d in os.environ.get("PATH", "").split(os.pathsep) if d and not (Path(d) / "uv").exists()]
    return os.pathsep.join(dirs)


@pytest.fixture
def fresh_clone(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(PROJECT_DIR), str(clone)], check=True)
    return clone


@pytest.fixture
def python_without_uv(tmp_path):
    """A Python whose environment has no uv module, first on PATH as python3; no uv binary on PATH."""
    base = getattr(sys, "_base_executable", sys.executable)
    env_dir = tmp_path / "python"
    subprocess.run([base, "-m", "venv", str(env_dir)], check=True)
    bin_dir = env_dir / "bin"
    assert subprocess.run([str(bin_dir / "python3"), "-c", "import uv"], capture_output=True).returncode != 0
    path = os.pathsep.join([str(bin_dir), _path_without_uv()])
    assert shutil.which("uv", path=path) is None
    # A new user's shell: the machine's own variables (certificates, package mirrors), none of the test run's.
    shell = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST", "VIRTUAL_ENV"))}
    return {**shell, "PATH": path}


def test_make_run_on_a_fresh_clone_without_uv_on_path_serves_the_site(fresh_clone, python_without_uv):
    port = free_port()
    log = fresh_clone / "make-run.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            ["make", "run", f"RUN_ADDR=127.0.0.1:{port}"],
            cwd=fresh_clone,
            env=python_without_uv,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        body, deadline = "", time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    body = response.read().decode()
                    break
            except OSError:
                time.sleep(0.5)
        text = log.read_text(errors="replace")
        assert process.poll() is None, f"make run stopped:\n{text}"
        assert "No such file or directory" not in text, text
        assert "Offer Check" in body, text
        # The demo data was loaded and its moderator login printed.
        assert re.search(r"Moderator login at http://\S+/admin/ — user: \S+  password: \S+", text), text
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
    status = subprocess.run(["git", "status", "--porcelain"], cwd=fresh_clone, capture_output=True, text=True)
    changed = [line for line in status.stdout.splitlines() if not line.endswith("make-run.log")]
    assert changed == [], status.stdout
