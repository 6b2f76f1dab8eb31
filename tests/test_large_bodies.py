"""Large request bodies do not starve the server: while ten 40 MB bodies arrive at once (and then ten bodies just
under the submission limit, decoded and refused), /healthz keeps answering in under 100 ms and memory stays bounded."""
import base64
import http.client
import json
import os
import tempfile
import threading
import time
import urllib.parse

import pytest

from running import seed_demo, serve


@pytest.fixture(scope="module")
def server():
    folder = tempfile.mkdtemp()
    env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "bodies.sqlite"), MOTCUA_FILES_DIR=os.path.join(folder, "files"),
               MOTCUA_RATE_LIMITS="0", LOG_LEVEL="warning", MOTCUA_BCRYPT_COST="4")
    seed_demo(env)
    proc, url = serve(env)
    yield proc, url
    proc.terminate()
    proc.wait(timeout=20)


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


def submission(size):
    """A JSON submission of about `size` bytes whose one document is not a PDF, JPEG or PNG (refused once decoded)."""
    payload = base64.b64encode(b"\0" * (size * 3 // 4 - 4096)).decode()
    return json.dumps({"procedureCode": "1.004194", "unitCode": "00004", "channel": "online",
                       "applicant": {"fullName": "Trần Thị Bình", "idNumber": "001203012345", "phone": "0912345678"},
                       "documents": [{"fileName": "a.pdf", "contentBase64": payload}]}).encode()


def send(url, body, results, chunked=False):
    parsed = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=120)
    try:
        if chunked:
            conn.putrequest("POST", "/api/v1/dossiers")
            conn.putheader("Content-Type", "application/json")
            conn.putheader("Transfer-Encoding", "chunked")
            conn.endheaders()
            step = 1 << 20
            for i in range(0, len(body), step):
                part = body[i:i + step]
                conn.send(b"%x\r\n" % len(part) + part + b"\r\n")
            conn.send(b"0\r\n\r\n")
        else:
            conn.request("POST", "/api/v1/dossiers", body=body, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        results.append((response.status, json.loads(response.read() or b"{}").get("code")))
    except (ConnectionError, OSError) as error:   # the server may close a connection whose body it refused
        results.append((0, type(error).__name__))
    finally:
        conn.close()


def healthz_while(url, senders):
    parsed = urllib.parse.urlparse(url)
    timings = []
    while any(t.is_alive() for t in senders):
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        started = time.perf_counter()
        conn.request("GET", "/healthz")
        response = conn.getresponse()
        response.read()
        timings.append(time.perf_counter() - started)
        assert response.status == 200
        conn.close()
        time.sleep(0.02)
    return timings


@pytest.mark.parametrize("size,chunked", [(40 * 1024 * 1024, False), (40 * 1024 * 1024, True), (13 * 1024 * 1024, False)])
def test_healthz_stays_fast_while_large_bodies_arrive(server, size, chunked):
    proc, url = server
    before = resident_mb(proc.pid)
    body = submission(size)
    results = []
    senders = [threading.Thread(target=send, args=(url, body, results, chunked)) for _ in range(10)]
    for t in senders:
        t.start()
    timings = healthz_while(url, senders)
    for t in senders:
        t.join()
    peak = resident_mb(proc.pid)
    slowest = max(timings) * 1000
    print(f"{size >> 20} MB x10 {'chunked' if chunked else 'with length'}: {len(timings)} healthz, slowest {slowest:.1f} ms, "
          f"median {sorted(timings)[len(timings) // 2] * 1000:.1f} ms; RSS {before:.0f} → {peak:.0f} MB; answers {sorted(set(results))}")
    assert len(results) == 10
    if size > 20 * 1024 * 1024:
        # Over the submission limit: refused (413) from the declared length, or once the limit is read (chunked),
        # never decoded; or, chunked, told the server is busy when every place and the queue is taken.
        assert all((status, code) in ((413, "body_too_large"), (503, "busy")) for status, code in results), results
        assert any(status == 413 for status, _ in results)
    else:
        # Within it: each is read, decoded off the event loops and refused for its document, or told the server is busy.
        assert all((status, code) in ((415, "file_type"), (503, "busy"), (0, "ConnectionResetError")) for status, code in results), results
        assert any(status == 415 for status, _ in results)
    assert slowest < 100, f"/healthz took {slowest:.0f} ms"
    assert peak - before < 400, f"memory grew from {before:.0f} to {peak:.0f} MB"
