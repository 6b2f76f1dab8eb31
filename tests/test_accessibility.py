"""Accessibility of every page on the citizens' and officers' journeys, in real Chromium at phone (390 px) and desktop
width: axe-core (the copy bundled by the PyPI package axe-playwright-python; only its script is used, injected through
Selenium) must find no serious or critical violation. A screenshot of each page at each width is saved to
MOTCUA_SCREENSHOTS (default .build/screenshots) to be looked at. Skips without Chromium, chromedriver or the axe script,
unless MOTCUA_REQUIRE_BROWSER=1 (CI)."""
import importlib.util
import json
import os
import re
import shutil
import tempfile

import pytest

from test_browser import go

from test_browser import PASSWORD, browser_site

try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
except ImportError:  # pragma: no cover - reported by browser_missing
    webdriver = None


def axe_script():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    return open(path, encoding="utf-8").read() if os.path.exists(path) else None


@pytest.fixture(scope="module")
def site():
    yield from browser_site("a11y", None if axe_script() else "axe-core is not installed (pip install --no-deps axe-playwright-python)")


def driver(width):
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi"):
        options.add_argument(arg)
    # The pages carry no script; script stays on here only so that axe can run (the journeys without it are test_browser's).
    options.add_experimental_option("prefs", {"intl.accept_languages": "vi"})
    if width < 500:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": 844, "pixelRatio": 1}})
    else:
        options.add_argument(f"--window-size={width},1000")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    return webdriver.Chrome(options=options)


def audit(d, name, width, found):
    d.execute_script(axe_script())
    result = d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));")
    bad = [v for v in json.loads(result) if v.get("impact") in ("serious", "critical")]
    folder = os.environ.get("MOTCUA_SCREENSHOTS", os.path.join(os.path.dirname(__file__), "..", ".build", "screenshots"))
    os.makedirs(folder, exist_ok=True)
    d.save_screenshot(os.path.join(folder, f"{name}-{width}.png"))
    for v in bad:
        found.append(f"{name} @{width}px: {v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["html"][:120] for n in v["nodes"][:3]))
    return len(bad)


def submit(d):
    d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()


@pytest.mark.parametrize("width", [390, 1280])
def test_no_serious_accessibility_violation_on_any_page(site, width):
    d = driver(width)
    d.set_script_timeout(60)
    found, pages = [], 0
    try:
        # The public portal.
        for name, path in [("home", "/"), ("search", "/?q=khai+sinh"), ("procedure", "/thu-tuc/1.001193"), ("assistant", "/hoi-dap"),
                           ("track", "/tra-cuu?ma=00004-260101-0001&phone=0900000000"), ("not-found", "/khong-co-trang-nay"),
                           ("register", "/ca-nhan/dang-ky"), ("sign-in", "/ca-nhan/dang-nhap")]:
            d.get(site + path)
            pages += 1
            audit(d, name, width, found)
        d.get(site + "/hoi-dap")
        d.find_element(By.ID, "q").send_keys("con tôi mới sinh thì làm giấy khai sinh ở đâu?")
        submit(d)
        audit(d, "assistant-answer", width, found)
        # A citizen: registration refused (short password), then registered, a submission with missing fields, sent.
        d.get(site + "/ca-nhan/dang-ky")
        d.find_element(By.NAME, "fullName").send_keys("Nguyễn Thị Hoa")
        d.find_element(By.NAME, "login").send_keys(f"09876{width:03d}11"[:10])
        d.find_element(By.NAME, "password").send_keys(PASSWORD)
        go(d, d.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
        # Applying online, step by step: each step audited, with its errors shown and once filled.
        d.get(site + "/ca-nhan/nop-ho-so?thu-tuc=1.001193")
        audit(d, "apply-place", width, found)
        d.find_element(By.NAME, "unit").send_keys("Ba Đình")
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=search]"))
        audit(d, "apply-place-choices", width, found)
        d.find_element(By.CSS_SELECTOR, "input[name=unitChoice][value='00004']").click()
        d.find_element(By.NAME, "phone").clear()
        d.find_element(By.NAME, "phone").send_keys("0987654321")
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=save]"))
        d.get(site + "/ca-nhan")
        audit(d, "my-dossiers", width, found)
        go(d, d.find_element(By.CSS_SELECTOR, "#drafts a"))
        d.find_element(By.NAME, "idNumber").send_keys("001203012345")
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
        audit(d, "apply-form-errors", width, found)
        for name, value in {"f.child.fullName": "Trần Minh An", "f.child.placeOfBirth": "Bệnh viện Phụ sản Hà Nội", "f.child.ethnicity": "Kinh",
                            "f.child.nationality": "Việt Nam", "f.mother.fullName": "Nguyễn Thị Bình", "f.mother.ethnicity": "Kinh",
                            "f.mother.nationality": "Việt Nam", "f.mother.citizenID": "001303012345", "f.mother.residence": "Hà Nội"}.items():
            d.find_element(By.NAME, name).send_keys(value)
        for name, value in {"f.child.dateOfBirth": "2026-01-20", "f.mother.dateOfBirth": "2003-05-02"}.items():
            d.execute_script("arguments[0].value = arguments[1]", d.find_element(By.NAME, name), value)
        for name, value in {"f.child.sex": "male", "f.child.birthPlaceKind": "healthFacility"}.items():
            d.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()
        d.execute_script("document.querySelector('[name=\"f.applicant.relationship\"]').value = 'mother'")
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
        audit(d, "apply-documents", width, found)
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
            f.write(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        d.find_element(By.NAME, "slot-birthCertificate").send_keys(f.name)
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
        audit(d, "apply-review", width, found)
        go(d, d.find_element(By.CSS_SELECTOR, "button[name=intent][value=submit]"))
        audit(d, "dossier", width, found)
        code = re.search(r"/ca-nhan/ho-so/([0-9-]+)", d.current_url).group(1)
        d.delete_all_cookies()
        # An officer: sign-in, inbox, counter receipt, the dossier with its actions, the slip.
        d.get(site + "/can-bo/dang-nhap")
        audit(d, "office-sign-in", width, found)
        d.find_element(By.NAME, "login").send_keys("motcua.badinh")
        d.find_element(By.NAME, "password").send_keys(PASSWORD)
        submit(d)
        audit(d, "inbox", width, found)
        d.get(site + "/can-bo/tiep-nhan")
        audit(d, "receive", width, found)
        d.get(site + "/can-bo/tiep-nhan?thu-tuc=1.000656")
        audit(d, "receive-slots", width, found)
        d.get(site + f"/can-bo/ho-so/{code}")
        audit(d, "office-dossier", width, found)
        d.find_element(By.ID, "action-receive").find_element(By.CSS_SELECTOR, "button").click()
        d.get(site + f"/ho-so/{code}/phieu-tiep-nhan")
        audit(d, "receipt-slip", width, found)
        d.get(site + f"/ho-so/{code}/phieu-kiem-soat")
        audit(d, "control-sheet", width, found)
        d.delete_all_cookies()
        # An administrator: the catalogue review, its list and one procedure (source text beside what was read).
        d.get(site + "/can-bo/dang-nhap")
        d.find_element(By.NAME, "login").send_keys("admin")
        d.find_element(By.NAME, "password").send_keys(PASSWORD)
        submit(d)
        d.get(site + "/can-bo/danh-muc")
        audit(d, "catalogue-review", width, found)
        d.get(site + "/can-bo/danh-muc/1.001612")
        audit(d, "procedure-review", width, found)
        # The service index: the ranking with its chart, one commune's breakdown.
        d.get(site + "/chi-so?tinh=01")
        audit(d, "index-ranking", width, found)
        d.get(site + "/chi-so/00004")
        audit(d, "index-unit", width, found)
        # The decentralisation report (empty on a fresh server: the counts and the notice).
        d.get(site + "/phan-cap")
        audit(d, "decentralisation", width, found)
    finally:
        d.quit()
    assert not found, "\n".join(found)
