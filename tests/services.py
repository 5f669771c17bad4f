"""Real servers for the test run: a throwaway PostgreSQL cluster, Redis, a Celery worker, an SMTP server.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
Nothing here is mocked: a missing binary is a clear failure (`make test` installs them).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
PG_BIN_DIRS = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"]


class MissingService(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_binary(name: str, extra_dirs=()) -> str:
    for directory in extra_dirs:
        candidate = Path(directory) / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise MissingService(f"{name} is not installed. Run `make test` (it installs it with apt) or install it.")
    return found


@dataclass
class Postgres:
    port: int
    directory: Path
    pg_ctl: str
    as_user: str | None

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self._run([self.pg_ctl, "-D", str(self.directory / "data"), "-m", "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.directory, ignore_errors=True)

    def _run(self, args, check=True):
        kwargs = {"user": self.as_user, "group": self.as_user} if self.as_user else {}
        return subprocess.run(args, cwd=self.directory, check=check, capture_output=True, text=True, **kwargs)


def start_postgres() -> Postgres:
    initdb = find_binary("initdb", PG_BIN_DIRS)
    pg_ctl = find_binary("pg_ctl", PG_BIN_DIRS)
    directory = Path(tempfile.mkdtemp(prefix="vetting-pg-"))
    as_user = "postgres" if os.geteuid() == 0 else None
    if as_user:
        shutil.chown(directory, user=as_user, group=as_user)
    directory.chmod(0o755)
    server = Postgres(port=free_port(), directory=directory, pg_ctl=pg_ctl, as_user=as_user)
    data = str(directory / "data")
    server._run([initdb, "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    options = (
        f"-c listen_addresses=127.0.0.1 -p {server.port} -k {directory} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=200"
    )
    result = server._run([pg_ctl, "-D", data, "-l", str(directory / "log"), "-w", "-o", options, "start"], check=False)
    if result.returncode != 0:
        log = (directory / "log").read_text() if (directory / "log").exists() else ""
        raise MissingService(f"PostgreSQL did not start: {result.stderr}\n{log}")
    return server


@dataclass
class Redis:
    port: int
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def start_redis() -> Redis:
    binary = find_binary("redis-server")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(200):
        try:
            if client.ping():
                return Redis(port=port, process=process)
        except redis.ConnectionError:
            time.sleep(0.02)
    process.kill()
    raise MissingService("redis-server did not answer PING")


@dataclass
class CeleryWorker:
    process: subprocess.Popen
    log_path: Path
    env: dict = field(default_factory=dict)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def child_pids(self) -> list[int]:
        children = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            text = (task / "children").read_text().split()
            children.extend(int(pid) for pid in text)
        return children

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_celery_worker(*, env: dict, concurrency: int = 2, pool: str = "prefork", timeout: float = 60) -> CeleryWorker:
    log_path = Path(tempfile.mkstemp(prefix="celery-worker-", suffix=".log")[1])
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "vetting",
            "worker",
            "--pool",
            pool,
            "--concurrency",
            str(concurrency),
            "--loglevel",
            "INFO",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
        ],
        cwd=PROJECT_DIR,
        env={**os.environ, **env},
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    worker = CeleryWorker(process=process, log_path=log_path, env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "ready." in worker.log():
            return worker
        if process.poll() is not None:
            raise MissingService(f"The Celery worker exited:\n{worker.log()}")
        time.sleep(0.1)
    worker.stop()
    raise MissingService(f"The Celery worker was not ready in {timeout}s:\n{worker.log()}")


def wait_until(predicate, *, timeout: float = 30, interval: float = 0.1, message: str = "condition"):
    """Poll until predicate() is truthy; fail the test with `message` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout}s waiting for {message}")
