"""Cross-checks MotCua's lunar calendar against an independent implementation.

The PyPI package `holidays` carries its own table of Vietnamese Tết and Hùng Kings' dates. For every year
1990-2099, the dates MotCua computes astronomically (`motcua calendar days-off --rules`) must agree.
"""
import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def motcua_binary() -> str:
    explicit = os.environ.get("MOTCUA_BIN")
    if explicit:
        return explicit
    for build in ("debug", "release"):
        candidate = ROOT / ".build" / build / "motcua"
        if candidate.exists():
            return str(candidate)
    pytest.fail("build motcua first (swift build) or set MOTCUA_BIN")


def holidays_module():
    try:
        import holidays  # noqa: PLC0415
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("the holidays package is required in CI (pip install holidays)")
        pytest.skip("pip install holidays to run the calendar cross-check")
    return holidays


def computed_days_off():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "oracle.sqlite"), LOG_LEVEL="error")
        out = subprocess.run([motcua_binary(), "calendar", "days-off", "1990", "--to", "2099", "--rules", "--json"],
                             capture_output=True, text=True, env=env, check=True, timeout=300).stdout
    return json.loads(out)


def test_tet_and_hung_kings_match_the_holidays_package():
    holidays = holidays_module()
    days = computed_days_off()
    tet = {d["date"][:4]: d["date"] for d in days if d["name"].startswith("Tết Nguyên đán – Mùng 1")}
    hung = {d["date"][:4]: d["date"] for d in days if d["name"].startswith("Giỗ Tổ Hùng Vương")}
    assert len(tet) == 110
    checked_hung = 0
    for year in range(1990, 2100):
        reference = holidays.country_holidays("VN", years=year)
        ref_tet = [str(d) for d, name in reference.items() if name == "Lunar New Year"]
        ref_hung = [str(d) for d, name in reference.items() if name == "Hung Kings' Commemoration Day"]
        assert ref_tet, year
        assert tet[str(year)] == ref_tet[0], f"Tết {year}"
        if ref_hung:
            assert hung[str(year)] == ref_hung[0], f"Hùng Kings {year}"
            checked_hung += 1
    assert checked_hung >= 90


def test_cli_rejects_a_bad_year():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "x.sqlite"), LOG_LEVEL="error")
        result = subprocess.run([motcua_binary(), "calendar", "days-off", "20x1", "--json"],
                                capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "1990 to 2099" in result.stderr
