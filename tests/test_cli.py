"""The command-line forms an administrator uses: recording a year's decree, converting an old address."""
import json
import os
import subprocess
import tempfile

from test_calendar_oracle import motcua_binary


def run(env, *args):
    return subprocess.run([motcua_binary(), *args], capture_output=True, text=True, env=env, timeout=300)


def test_decree_is_validated_recorded_and_not_silently_replaced():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "cli.sqlite"), LOG_LEVEL="error")
        bad = os.path.join(folder, "bad.json")
        with open(bad, "w") as f:
            json.dump({"year": 2027, "daysOff": [{"date": "2028-01-01", "name": "x"}],
                       "makeUpWorkingDays": ["2027-03-03"], "source": "test"}, f)
        result = run(env, "calendar", "decree", "--file", bad)
        assert result.returncode == 2
        assert "not in 2027" in result.stderr and "not a Saturday or Sunday" in result.stderr

        good = os.path.join(folder, "good.json")
        with open(good, "w") as f:
            json.dump({"year": 2027, "daysOff": [{"date": "2027-01-01", "name": "Tết Dương lịch"},
                                                  {"date": "2027-01-04", "name": "Nghỉ bù"}],
                       "makeUpWorkingDays": ["2027-01-09"], "source": "test decree"}, f)
        assert run(env, "calendar", "decree", "--file", good).returncode == 0
        days = json.loads(run(env, "calendar", "days-off", "2027", "--json").stdout)
        assert [d["date"] for d in days] == ["2027-01-01", "2027-01-04"]

        again = run(env, "calendar", "decree", "--file", good)
        assert again.returncode == 2 and "--replace" in again.stderr
        assert run(env, "calendar", "decree", "--file", good, "--replace").returncode == 0


def test_convert_old_address():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "cli.sqlite"), LOG_LEVEL="error")
        out = json.loads(run(env, "convert", "--commune", "phuc xa", "--district", "ba dinh", "--json").stdout)
        assert out["matches"][0]["old"]["code"] == "00001"
        assert out["matches"][0]["newUnits"][0]["code"] == "00097"
        missing = run(env, "convert", "--code", "99999999")
        assert missing.returncode == 2


def test_agency_identifiers_file_is_checked_before_anything_runs():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "cli.sqlite"), LOG_LEVEL="error")
        ids = os.path.join(folder, "agency-ids.csv")
        with open(ids, "w") as f:
            f.write("unit,agency_id\n00004,000.32.01.H26\n00008,000.32.01.H26\n")
        result = run(dict(env, MOTCUA_AGENCY_IDS=ids), "sweep")
        assert result.returncode != 0 and "line 3: 000.32.01.H26 is already the identifier of unit 00004" in result.stderr
        with open(ids, "w") as f:
            f.write("00004,000.32.01.H26\n99999,000.32.02.H26\n")
        result = run(dict(env, MOTCUA_AGENCY_IDS=ids), "sweep")
        assert result.returncode != 0 and "MOTCUA_AGENCY_IDS names units that do not exist: 99999" in result.stderr
        with open(ids, "w") as f:
            f.write("00004,000.32.01.H26\n")
        assert run(dict(env, MOTCUA_AGENCY_IDS=ids), "sweep").returncode == 0


def test_a_procedure_is_abolished_from_a_day_and_the_record_is_checked():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "cli.sqlite"), LOG_LEVEL="error")
        bad = run(env, "catalogue", "abolish", "--procedure", "1.001193", "--from", "01/12/2099", "--decision", "Quyết định 1/QĐ-BTP")
        assert bad.returncode != 0 and "YYYY-MM-DD" in bad.stderr
        unknown = run(env, "catalogue", "abolish", "--procedure", "9.999999", "--from", "2099-12-01", "--decision", "Quyết định 1/QĐ-BTP")
        assert unknown.returncode != 0 and "no procedure 9.999999" in unknown.stderr
        past = run(env, "catalogue", "abolish", "--procedure", "1.001193", "--from", "2026-07-01", "--decision", "Quyết định 1/QĐ-BTP")
        assert past.returncode != 0 and "has passed" in past.stderr and "correction" in past.stderr
        done = run(env, "catalogue", "abolish", "--procedure", "1.001193", "--from", "2099-12-01", "--decision", "Quyết định 1/QĐ-BTP")
        assert done.returncode == 0 and "đã bị bãi bỏ từ ngày 01/12/2099 theo Quyết định 1/QĐ-BTP" in done.stdout, done.stderr
        corrected = run(env, "catalogue", "abolish", "--procedure", "1.001193", "--from", "2026-07-01", "--decision", "Quyết định 1/QĐ-BTP",
                        "--correction")
        assert corrected.returncode == 0 and "01/07/2026" in corrected.stdout, corrected.stderr
        assert run(env, "audit", "verify").returncode == 0
        assert run(env, "catalogue", "abolish", "--procedure", "1.001193", "--withdraw").returncode == 0
        again = run(env, "catalogue", "abolish", "--procedure", "1.001193", "--withdraw")
        assert again.returncode != 0 and "no abolition is recorded" in again.stderr


def test_a_procedure_changes_level_from_a_day_and_the_report_counts_it():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "cli.sqlite"), LOG_LEVEL="error")
        decision = "Quyết định 1234/QĐ-BNV ngày 20/11/2026"
        base = ["catalogue", "assign", "--procedure", "1.001294", "--decision", decision]
        unknown = run(env, *base, "--levels", "district", "--from", "2099-01-01")
        assert unknown.returncode != 0 and 'There is no level "district"' in unknown.stderr, unknown.stderr
        past = run(env, *base, "--levels", "commune", "--from", "2026-07-01")
        assert past.returncode != 0 and "has passed" in past.stderr
        missing = run(env, "catalogue", "assign", "--procedure", "1.001294", "--levels", "commune", "--from", "2099-01-01")
        assert missing.returncode != 0 and "deciding document" in missing.stderr
        done = run(env, *base, "--levels", "commune", "--from", "2099-01-01")
        assert done.returncode == 0 and "reassigned" in done.stdout and "01/01/2099" in done.stdout, done.stderr
        central = run(env, "catalogue", "assign", "--procedure", "1.001327", "--decision", decision, "--levels", "province", "--from", "2099-01-01")
        assert central.returncode == 0 and "decentralised" in central.stdout, central.stderr
        report = run(env, "catalogue", "report", "--from", "2099-01-01", "--to", "2099-12-31", "--json")
        assert report.returncode == 0, report.stderr
        totals = json.loads(report.stdout)["totals"]
        assert (totals["decentralised"], totals["reassigned"], totals["abolished"], totals["total"]) == (1, 1, 0, 2)
        text = run(env, "catalogue", "report", "--from", "2099-01-01", "--to", "2099-12-31")
        assert "1 decentralised from central to local level, 1 reassigned between levels" in text.stdout
        assert run(env, "catalogue", "report", "--from", "2099-02-01", "--to", "2099-01-01").returncode != 0
        assert run(env, *base, "--from", "2099-01-01", "--withdraw").returncode == 0
        assert run(env, *base, "--from", "2099-01-01", "--withdraw").returncode != 0
        assert run(env, "audit", "verify").returncode == 0


def test_the_service_index_of_a_unit_from_the_command_line():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "cli.sqlite"), LOG_LEVEL="error")
        bad = run(env, "index", "--unit", "00004", "--period", "2026-Q5")
        assert bad.returncode != 0 and "2026-Q3 (a quarter)" in bad.stderr
        out = run(env, "index", "--unit", "00004", "--period", "2026-Q3", "--json")
        assert out.returncode == 0, out.stderr
        report = json.loads(out.stdout)
        assert report["unit"] == "00004" and report["period"] == "2026-Q3" and report["maximum"] == 100
        progress = next(i for g in report["groups"] for i in g["indicators"] if i["key"] == "onTime")
        assert progress["noData"] is True and progress.get("points") is None, "no dossiers: no data, not zero"
        text = run(env, "index", "--unit", "00004", "--period", "2026-Q3")
        assert "Phường Ba Đình · 2026-Q3" in text.stdout and "no data / 20" in text.stdout, text.stdout
        unknown = run(env, "index", "--unit", "99999", "--period", "2026")
        assert unknown.returncode != 0 and "99999" in unknown.stderr
        # A rule file with an error stops the command with its line.
        rules = os.path.join(folder, "rules.json")
        with open(rules, "w", encoding="utf-8") as f:
            f.write('{"version": 1, "source": "x", "groups": [{"key": "g", "name": "G", "nameEn": "G", "indicators": [\n'
                    '{"key": "i", "name": "I", "nameEn": "I", "points": 5, "measure": "happiness"}]}]}')
        refused = run(dict(env, MOTCUA_INDEX_RULES=rules), "index", "--period", "2026")
        assert refused.returncode != 0 and "MOTCUA_INDEX_RULES" in refused.stderr and "line 2" in refused.stderr, refused.stderr


def test_dossiers_are_generated_for_benchmarks_and_the_index_reads_them():
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "gen.sqlite"), MOTCUA_FILES_DIR=os.path.join(folder, "files"),
                   LOG_LEVEL="error")
        for args, message in [((), "--count is required"), (("--count", "0"), "between 1 and"),
                              (("--count", "10", "--from", "2026-13-01", "--to", "2026-08-01"), "--from must be a date"),
                              (("--count", "10", "--from", "2026-09-01", "--to", "2026-08-01"), "is after --to"),
                              (("--count", "10", "--from", "2026-08-01", "--to", "2099-01-01"), "in the future"),
                              (("--count", "10", "--from", "2024-08-01", "--to", "2026-08-01"), "2025-07-01"),
                              (("--count", "10", "--from", "2026-08-01", "--to", "2026-08-31", "--seed", "abc"), "whole number")]:
            bad = run(env, "generate-dossiers", *args)
            assert bad.returncode != 0 and message in bad.stderr, (args, bad.stderr)
        out = run(env, "generate-dossiers", "--count", "3000", "--from", "2026-07-01", "--to", "2026-09-30", "--seed", "5", "--quiet")
        assert out.returncode == 0, out.stderr
        assert "generated 3000 dossiers" in out.stdout and "control-sheet lines" in out.stdout and "database" in out.stdout, out.stdout
        # The country's index for the quarter counts them (those received in it, ended in it or open at its end).
        report = json.loads(run(env, "index", "--period", "2026-Q3", "--json").stdout)
        progress = next(i for g in report["groups"] for i in g["indicators"] if i["key"] == "onTime")
        assert 2500 <= progress["denominator"] <= 3000 and 0 < progress["numerator"] < progress["denominator"], progress
        bench = run(env, "bench-index", "--period", "2026-Q3", "--runs", "1", "--json")
        assert bench.returncode == 0, bench.stderr
        assert "every commune's index" in bench.stdout and '"units" : 3321' in bench.stdout.replace('": ', '" : '), bench.stdout
