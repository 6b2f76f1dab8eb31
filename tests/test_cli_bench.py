"""The dossier benchmark runs end to end through the real binary: the server's own event loops, group commit of
submissions, the lookup cache and the load generator (a small run; the figures themselves are for release builds)."""
import json
import os
import subprocess
import tempfile

from running import free_port
from test_calendar_oracle import motcua_binary


def run(env, *args):
    return subprocess.run([motcua_binary(), *args], capture_output=True, text=True, env=env, timeout=600)


def test_bench_dossiers_small_run_has_no_errors():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "bench.sqlite"), LOG_LEVEL="error",
                   MOTCUA_FILES_DIR=os.path.join(folder, "files"))
        result = run(env, "bench-dossiers", "--submissions", "60", "--lookups", "300", "--concurrency", "8",
                     "--port", str(free_port()), "--json")
        assert result.returncode == 0, result.stderr
        submit, first, repeated = json.loads(result.stdout)
        assert (submit["requests"], first["requests"], repeated["requests"]) == (60, 60, 300)
        assert submit["errors"] == first["errors"] == repeated["errors"] == 0
        assert all(f["perSecond"] > 0 and f["p99Ms"] >= f["p50Ms"] for f in (submit, first, repeated))


def test_bench_dossiers_refuses_a_bad_target():
    result = run(dict(os.environ, LOG_LEVEL="error"), "bench-dossiers", "--target", "ftp://example")
    assert result.returncode != 0
    assert "--target must be an http://host:port address" in result.stderr
