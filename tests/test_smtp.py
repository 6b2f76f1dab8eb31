"""E-mail to citizens over real SMTP: the server's outbox worker hands messages to an independent SMTP server
(aiosmtpd) that requires STARTTLS with a certificate from a private CA, and a password only once encrypted. A refused
recipient (5xx) fails for good, a busy answer (4xx) waits for the retry, texts (SMS) wait without a gateway, and
officers see each message's delivery. Skips when aiosmtpd or trustme is absent, except in CI."""
import email
import email.policy
import json
import os
import ssl
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

import pytest

from running import free_port, seed_demo, serve
from test_calendar_oracle import motcua_binary
from declarations import declared

try:
    import trustme
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
except ImportError:  # pragma: no cover - reported below
    Controller = None

USER, SECRET = "motcua", "mật khẩu thư"
SENDER = "UBND phường Ba Đình <no-reply@badinh.example.vn>"


class Mailbox:
    """What the SMTP server was given; some recipients are refused, for good or for now."""

    def __init__(self):
        self.messages = []
        self.logins = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("khong-ton-tai@"):
            return "550 5.1.1 No such user here"
        if address.startswith("tam-thoi@"):
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content), session.ssl is not None))
        return "250 2.0.0 Queued"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append((mechanism, session.ssl is not None))
        ok = auth_data.login == USER.encode() and auth_data.password == SECRET.encode()
        return AuthResult(success=ok)


@pytest.fixture(scope="module")
def smtp():
    if Controller is None:
        if os.environ.get("CI"):
            pytest.fail("aiosmtpd and trustme are needed in CI (pip install aiosmtpd trustme)")
        pytest.skip("aiosmtpd or trustme is not installed")
    folder = tempfile.mkdtemp()
    ca = trustme.CA()
    cert = ca.issue_cert("localhost")
    ca_file = os.path.join(folder, "ca.pem")
    ca.cert_pem.write_to_path(ca_file)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=box.authenticate, auth_require_tls=True, server_hostname="localhost")
    controller.start()
    yield box, port, ca_file
    controller.stop()


@pytest.fixture(scope="module")
def server(smtp):
    box, smtp_port, ca_file = smtp
    folder = tempfile.mkdtemp()
    url = f"smtp://{USER}:{urllib.parse.quote(SECRET)}@localhost:{smtp_port}"
    env = dict(os.environ, MOTCUA_SQLITE=os.path.join(folder, "smtp.sqlite"), MOTCUA_FILES_DIR=os.path.join(folder, "files"),
               MOTCUA_SECURE_COOKIES="0", MOTCUA_RATE_LIMITS="0", MOTCUA_BCRYPT_COST="4", LOG_LEVEL="info",
               MOTCUA_SMTP_URL=url, MOTCUA_SMTP_FROM=SENDER, MOTCUA_SMTP_CA_FILE=ca_file, MOTCUA_OUTBOX_SECONDS="1")
    env.pop("MOTCUA_WEBHOOK_URL", None)
    seed_demo(env)
    log = open(os.path.join(folder, "server.log"), "w+")
    proc, base = serve(env, output=log)
    yield base, log
    proc.terminate()
    proc.wait(timeout=20)


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json", "Accept-Language": "vi"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def submit(base, mail, id_number):
    return call(base, "POST", "/api/v1/dossiers", declared({
        "procedureCode": "1.001193", "unitCode": "00004", "channel": "online",
        "applicant": {"fullName": "Trần Thị Bình", "idNumber": id_number, "phone": "0912345678", "email": mail, "communeCode": "00004"}}))


def notifications(base, token, code):
    return call(base, "GET", f"/api/v1/dossiers/{code}", token=token)["notifications"]


def wait_for(predicate, seconds=40):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return predicate()


def test_citizens_get_their_email_over_starttls_and_officers_see_each_delivery(smtp, server):
    box, _, _ = smtp
    base, log = server
    delivered = submit(base, "binh.tran@example.vn", "001303012345")
    refused = submit(base, "khong-ton-tai@example.vn", "001303012346")
    busy = submit(base, "tam-thoi@example.vn", "001303012347")
    token = call(base, "POST", "/api/v1/auth/sign-in", {"login": "motcua.badinh", "password": "motcua-demo-2026"})["token"]

    def email_of(code):
        return next((n for n in notifications(base, token, code) if n["channel"] == "email"), None)

    assert wait_for(lambda: box.messages), "no e-mail reached the SMTP server"
    mail_from, rcpt_tos, content, encrypted = box.messages[0]
    assert encrypted, "the message went before STARTTLS"
    assert mail_from == "no-reply@badinh.example.vn" and rcpt_tos == ["binh.tran@example.vn"]
    assert box.logins and all(tls for _, tls in box.logins), "the password was offered without TLS"
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert message["Subject"] == "Đã nhận hồ sơ trực tuyến"
    assert message["From"].addresses[0].display_name == "UBND phường Ba Đình"
    assert message["Message-ID"].endswith("@badinh.example.vn>")
    body = message.get_content()
    assert delivered["code"] in body and "Tra cứu" in body

    mine = wait_for(lambda: (lambda n: n if n and n["status"] == "delivered" else None)(email_of(delivered["code"])))
    assert mine and mine["attempts"] == 1 and mine["deliveredAt"]
    gone = wait_for(lambda: (lambda n: n if n and n["status"] == "failed" else None)(email_of(refused["code"])))
    assert gone and gone["attempts"] == 1 and "550" in gone["lastError"], gone
    later = wait_for(lambda: (lambda n: n if n and n["attempts"] >= 1 else None)(email_of(busy["code"])))
    assert later["status"] == "pending" and "451" in later["lastError"], later
    texts = [n for n in notifications(base, token, delivered["code"]) if n["channel"] == "sms"]
    assert texts and all(n["status"] == "pending" and n["attempts"] == 0 for n in texts), "no gateway: texts wait"
    assert len(box.messages) == 1, "only the accepted message was handed over, once"

    log.flush()
    log.seek(0)
    written = log.read()
    for secret in (SECRET, urllib.parse.quote(SECRET), "binh.tran@example.vn", "0912345678", "001303012345"):
        assert secret not in written, f"{secret!r} appears in the server's log"


def test_a_bad_smtp_setting_is_refused_at_start():
    env = dict(os.environ, MOTCUA_SMTP_URL="smtp://mail.example.vn:587", LOG_LEVEL="error")
    env.pop("MOTCUA_SMTP_FROM", None)
    result = subprocess.run([motcua_binary(), "outbox"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "MOTCUA_SMTP_FROM" in result.stderr + result.stdout
    env = dict(env, MOTCUA_SMTP_URL="imap://mail.example.vn", MOTCUA_SMTP_FROM="x@example.vn")
    result = subprocess.run([motcua_binary(), "outbox"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "smtp://" in result.stderr + result.stdout
