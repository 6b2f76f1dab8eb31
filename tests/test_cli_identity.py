"""The identity and audit commands: staff and tokens from the command line, and `audit verify` naming the entry
that was tampered with."""
import hashlib
import os
import sqlite3
import subprocess
import tempfile

from test_calendar_oracle import motcua_binary


def run(env, *args):
    return subprocess.run([motcua_binary(), *args], capture_output=True, text=True, env=env, timeout=300)


def copy_database(source, target):
    """A consistent copy of a SQLite database in WAL mode (the file alone may miss committed pages)."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


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
        assert "sealed with audit key" in ok.stdout and "checkpoints" in ok.stdout, ok.stdout
        # The key is kept outside the database, readable by its owner only.
        assert os.path.exists(db + ".audit-key") and os.stat(db + ".audit-key").st_mode & 0o077 == 0
        written = run(env, "audit", "checkpoint")
        assert written.returncode == 0 and "checkpoint of entry 3" in written.stdout, written.stderr
        copy_database(db, db + ".clean")

        # Rewrite 1: change an entry and recompute every later hash and the head, as one can without the key.
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT seq, at, actor, action, subject, detail FROM audit_log ORDER BY seq").fetchall()
            prev = "0" * 64
            for seq, at, actor, action, subject, detail in rows:
                if seq == 2:
                    detail = "specialist@00008"
                digest = hashlib.sha256(b"".join(p.encode() + b"\0" for p in [str(seq), at, actor, action, subject, detail, prev])).hexdigest()
                conn.execute("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?", (detail, prev, digest, seq))
                prev = digest
            conn.execute("UPDATE audit_head SET hash = ?", (prev,))
        changed = run(env, "audit", "verify")
        assert changed.returncode == 1 and "BROKEN at entry 1" in changed.stdout and "changed" in changed.stdout, changed.stdout

        # Rewrite 2: delete the last entry and move the head back one: the links still hold, the checkpoint does not.
        copy_database(db + ".clean", db)
        with sqlite3.connect(db) as conn:
            prev_hash, = conn.execute("SELECT prev_hash FROM audit_log WHERE seq = 3").fetchone()
            conn.execute("DELETE FROM audit_log WHERE seq = 3")
            conn.execute("UPDATE audit_head SET seq = 2, hash = ?", (prev_hash,))
        truncated = run(env, "audit", "verify")
        assert truncated.returncode == 1 and "missing" in truncated.stdout and "checkpoint" in truncated.stdout, truncated.stdout

        # Without the key file, nothing verifies as sealed.
        copy_database(db + ".clean", db)
        wrong_key = run(dict(env, MOTCUA_AUDIT_KEY="another-key-of-sixteen-or-more"), "audit", "verify")
        assert wrong_key.returncode == 1 and "not signed with the audit key" in wrong_key.stdout, wrong_key.stdout
