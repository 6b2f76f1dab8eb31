"""Starting the real `motcua` binary for tests that talk to it over HTTP."""
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

from test_calendar_oracle import motcua_binary


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed_demo(env):
    seeded = subprocess.run([motcua_binary(), "seed-demo"], env=env, capture_output=True, text=True, timeout=600)
    assert seeded.returncode == 0, seeded.stderr


def serve(env, output=subprocess.DEVNULL):
    """Starts `motcua serve` on a free port and waits for /healthz; returns the process and its base URL."""
    port = free_port()
    proc = subprocess.Popen([motcua_binary(), "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if urllib.request.urlopen(base + "/healthz", timeout=1).status == 200:
                return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("the server did not start")


@contextlib.contextmanager
def demo_site(name):
    """A server on a throw-away SQLite database with the demo accounts, for tests that drive it like a browser
    (secure cookies and rate limits off, fast password hashing); yields its base URL."""
    folder = tempfile.mkdtemp()
    env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, f"{name}.sqlite"), MOTCUA_FILES_DIR=os.path.join(folder, "files"),
               MOTCUA_SECURE_COOKIES="0", MOTCUA_RATE_LIMITS="0", MOTCUA_BCRYPT_COST="4", LOG_LEVEL="error")
    seed_demo(env)
    proc, base = serve(env)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        shutil.rmtree(folder, ignore_errors=True)
