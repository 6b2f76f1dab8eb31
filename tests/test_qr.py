"""The receipt slip's QR code, checked module by module against an independent encoder (PyPI `qrcodegen`),
for every mask, and for the mask chosen by the penalty rules."""
import os
import subprocess

import pytest

qrcodegen = pytest.importorskip("qrcodegen")
from qrcodegen import QrCode, QrSegment  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("MOTCUA_BINARY", os.path.join(ROOT, ".build", "debug", "motcua"))

TEXTS = [
    "http://localhost:8080/tra-cuu?ma=00004-260213-0001",
    "https://dichvucong.hanoi.gov.vn/tra-cuu?ma=00004-260213-0118",
    "A",
    "Hồ sơ 26734-260213-0042",
    "https://motcua.example.vn/tra-cuu?ma=000.00.14.H56-200203-0118&nguon=phieu-tiep-nhan-a5",
]


def ours(text, level, version=None, mask=None):
    args = [BINARY, "qr", "--text", text, "--level", level]
    if version:
        args += ["--version", str(version)]
    if mask is not None:
        args += ["--mask", str(mask)]
    out = subprocess.run(args, capture_output=True, text=True, check=True, env={**os.environ, "LOG_LEVEL": "error"}).stdout
    lines = out.strip().splitlines()
    head = lines[0].split()
    return int(head[1]), int(head[3]), [[c == "1" for c in row] for row in lines[1:]]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("level", ["L", "M"])
def theirs(text, level, version, mask):
    ecc = QrCode.Ecc.LOW if level == "L" else QrCode.Ecc.MEDIUM
    qr = QrCode.encode_segments([QrSegment.make_bytes(text.encode("utf-8"))], ecc, version, version, mask, False)
    n = qr.get_size()
    return qr.get_mask(), [[qr.get_module(x, y) for x in range(n)] for y in range(n)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("level", ["L", "M"])
def test_same_modules_for_every_mask_and_the_same_chosen_mask(text, level):
    version, mask, matrix = ours(text, level)
    chosen, reference = theirs(text, level, version, -1)
    assert (mask, matrix) == (chosen, reference), f"automatic mask: ours {mask}, theirs {chosen}"
    for m in range(8):
        _, _, matrix = ours(text, level, version=version, mask=m)
        assert matrix == theirs(text, level, version, m)[1], f"version {version} mask {m}"


def test_versions_up_to_ten():
    text = "x" * 200
    version, mask, matrix = ours(text, "M")
    assert version == 10 and len(matrix) == 57
    assert (mask, matrix) == theirs(text, "M", 10, -1)
