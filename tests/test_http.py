"""What only the real HTTP server shows (the Swift suite's in-process tester bypasses its channel pipeline)."""
import gzip
import json
import os
import tempfile
import urllib.error
import urllib.request

import pytest

from running import serve
from declarations import declared


@pytest.fixture(scope="module")
def base():
    folder = tempfile.mkdtemp()
    env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "http.sqlite"), MOTCUA_FILES_DIR=os.path.join(folder, "files"),
               MOTCUA_RATE_LIMITS="0", LOG_LEVEL="warning")
    proc, url = serve(env)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


SUBMISSION = json.dumps(declared({"procedureCode": "1.001193", "unitCode": "00004", "channel": "online",
                                  "applicant": {"fullName": "Trần Thị Bình", "idNumber": "001203012345", "phone": "0912345678",
                                                "communeCode": "00004"}})).encode()


def post(base, body, **headers):
    request = urllib.request.Request(base + "/api/v1/dossiers", method="POST", data=body,
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.headers, json.loads(error.read())


def test_a_compressed_body_is_refused_with_a_clear_error_and_nothing_stored(base):
    status, headers, body = post(base, gzip.compress(SUBMISSION), **{"Content-Encoding": "gzip"})
    assert status == 400
    assert body["error"] is True and body["code"] == "bad_request"
    assert body["reason"].startswith("Yêu cầu không hợp lệ"), body["reason"]
    assert headers["X-Content-Type-Options"] == "nosniff", "error answers carry the security headers"

    status, _, created = post(base, SUBMISSION)
    assert status == 201
    assert created["code"].endswith("-0001"), "the refused submission took no number"

    # The citizen's lookup reads the phone from the query, percent-encoded or not.
    for phone in ("0912345678", "%30912345678"):
        with urllib.request.urlopen(f"{base}/api/v1/dossiers/{created['code']}?phone={phone}", timeout=30) as response:
            assert json.loads(response.read())["state"] == "submitted"
