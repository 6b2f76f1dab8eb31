"""The identity and audit commands: staff and tokens from the command line, and `audit verify` naming the entry
that was tampered with."""
import os
import sqlite3
import subprocess
import tempfile

from test_calendar_oracle import motcua_binary


def run(env, *args):
    return subprocess.run([motcua_binary(), *args], capture_output=True, text=True, env=env, timeout=300)


def test_staff_token_and_audit_verify():
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "cli.sqlite")
        env = dict(os.environ, MOTCUA_SQLITE=db, LOG_LEVEL="error", MOTCUA_BCRYPT_COST="4")
        env.pop("MOTCUA_PASSWORD", None)

        no_password = run(env, "staff", "add", "--login", "cv.test", "--name", "Cán bộ thử", "--role", "specialist", "--unit", "00004")
        assert no_password.returncode == 2 and "MOTCUA_PASSWORD" in no_password.stderr
        bad_role = run(dict(env, MOTCUA_PASSWORD="mat-khau-du-dai"), "staff", "add", "--login", "cv.test", "--name", "Cán bộ thử",
                       "--role", "chief", "--unit", "00004")
        assert bad_role.returncode == 2 and 'Unknown role "chief"' in bad_role.stderr
        added = run(dict(env, MOTCUA_PASSWORD="mat-khau-du-dai"), "staff", "add", "--login", "cv.test", "--name", "Cán bộ thử",
                    "--role", "specialist", "--unit", "00004")
        assert added.returncode == 0 and "specialist at 00004" in added.stdout

        token = run(env, "token", "create", "--name", "Cổng thanh toán", "--scope", "payments:confirm")
        assert token.returncode == 0 and token.stdout.strip().startswith("t_")
        assert run(env, "token", "create", "--name", "x", "--scope", "everything").returncode == 2

        ok = run(env, "audit", "verify")
        assert ok.returncode == 0 and "intact: 3 entries" in ok.stdout   # staff.create, permission.grant, token.create

        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE audit_log SET detail = 'specialist@00008' WHERE seq = 2")
        changed = run(env, "audit", "verify")
        assert changed.returncode == 1 and "BROKEN at entry 2" in changed.stdout and "entry 2 was changed" in changed.stdout
