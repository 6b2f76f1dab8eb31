#!/usr/bin/env python3
"""An independent check of the service index's progress indicator, from MotCua's staff export alone.

Reads the NDJSON of GET /api/v1/staff/export on stdin and prints {"numerator", "denominator"} for the period
[--from, --to]: the dossiers ended in it or still open at its end; an ended one is late when it ended after its due
moment (HanXuLy) or was asked for a supplement more than once (SoLanBoSung); an open one when its due moment passed
before the period ended (unless the clock was paused, NgayTamDung, before that moment) or it was asked more than once.
Written from the rule (Decision 766 as the national portal scores it), not from MotCua's code.
"""
import argparse
import datetime as dt
import json
import sys

TZ = dt.timezone(dt.timedelta(hours=7))


def moment(text):
    return dt.datetime.fromisoformat(text) if text else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="start", required=True)
    parser.add_argument("--to", dest="end", required=True)
    args = parser.parse_args()
    start = dt.datetime.combine(dt.date.fromisoformat(args.start), dt.time(), TZ)
    end = dt.datetime.combine(dt.date.fromisoformat(args.end) + dt.timedelta(days=1), dt.time(), TZ)
    counted = late = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        d = json.loads(line)
        received, ended, due = moment(d.get("NgayTiepNhan")), moment(d.get("NgayKetThucXuLy")), moment(d.get("HanXuLy"))
        paused = moment(d.get("NgayTamDung"))
        supplements = int(d.get("SoLanBoSung", "0"))
        if received is None or received >= end:
            continue
        if ended is not None and ended < end:
            if ended < start:
                continue
            is_late = due is not None and (supplements > 1 or ended > due)
        else:
            is_late = supplements > 1 or (due is not None and due < end and not (paused is not None and paused <= due))
        counted += 1
        late += 1 if is_late else 0
    print(json.dumps({"numerator": counted - late, "denominator": counted}))


if __name__ == "__main__":
    main()
