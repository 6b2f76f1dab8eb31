"""Applying online, alone, on a phone (Chromium at 390 px, with JavaScript off and on): a citizen registers a birth
step by step — where and who, the e-form with the child's and the mother's data, the birth certificate in its slot —
saves a draft half-way, resumes it on another device, reviews and sends it, and gets the receipt. Each step's errors
are shown beside their fields with what was typed kept. Screenshots of every step go to MOTCUA_SCREENSHOTS when set.
Skips when Chromium or chromedriver is absent, unless MOTCUA_REQUIRE_BROWSER=1 (CI)."""
import os
import shutil
import tempfile

import pytest

from test_browser import PASSWORD, browser_site, go, text

try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
except ImportError:  # pragma: no cover - reported by the skip
    webdriver = None

SHOTS = os.environ.get("MOTCUA_SCREENSHOTS")


@pytest.fixture(scope="module")
def server():
    yield from browser_site("apply")


def phone(javascript):
    options = webdriver.ChromeOptions()
    # A phone's width (Chromium's touch emulation is left out: with scripts off its clicks never return).
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi", "--window-size=390,844",
                "--force-device-scale-factor=2"):
        options.add_argument(arg)
    prefs = {"intl.accept_languages": "vi"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")))
    driver.implicitly_wait(5)
    return driver


def shot(driver, name):
    if not SHOTS:
        return
    os.makedirs(SHOTS, exist_ok=True)
    driver.set_window_size(390, 844)
    try:
        height = driver.execute_script("return document.body.scrollHeight")
    except Exception:  # noqa: BLE001 - scripts may be off
        height = 2400
    driver.set_window_size(390, max(844, min(int(height or 2400), 6000)))
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def sign_in_citizen(driver, login="0912345678"):
    driver.find_element(By.NAME, "login").send_keys(login)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    go(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def fill(driver, values):
    """Types into inputs, picks options of selects and radios, by name."""
    for name, value in values.items():
        elements = driver.find_elements(By.NAME, name)
        assert elements, name
        first = elements[0]
        if first.tag_name == "select":
            Select(first).select_by_value(value)
        elif first.get_attribute("type") == "radio":
            next(e for e in elements if e.get_attribute("value") == value).click()
        elif first.get_attribute("type") == "date":
            # Chromium's date field takes the digits in the order of its locale: day first (Vietnamese) or month first.
            year, month, day = value.split("-")
            for order in (day + month + year, month + day + year):
                first.clear()
                first.send_keys(order)
                if first.get_attribute("value") == value:
                    break
            assert first.get_attribute("value") == value, (name, first.get_attribute("value"))
        else:
            first.clear()
            first.send_keys(value)


def press(driver, intent):
    go(driver, driver.find_element(By.CSS_SELECTOR, f"button[name=intent][value='{intent}']"))


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_citizen_registers_a_birth_alone_on_a_phone(server, javascript):
    tag = "js" if javascript else "nojs"
    driver = phone(javascript)
    try:
        driver.get(server + "/thu-tuc/1.001193")
        shot(driver, f"{tag}-0-procedure")
        go(driver, driver.find_element(By.LINK_TEXT, "Nộp hồ sơ trực tuyến"))
        sign_in_citizen(driver)

        # Step 1: where and who — the place typed by name, the phone prefilled from the account.
        assert "Bước 1/4" in driver.find_element(By.TAG_NAME, "h1").text, text(driver)
        assert driver.find_element(By.NAME, "phone").get_attribute("value") == "0912345678"
        fill(driver, {"unit": "Ba Đình"})
        press(driver, "search")
        # "Ba Đình" names several places: the page offers them.
        shot(driver, f"{tag}-1-place-choices")
        choices = driver.find_elements(By.NAME, "unitChoice")
        assert len(choices) > 1, text(driver)
        next(c for c in choices if c.get_attribute("value") == "00004").click()
        # A short ID: shown beside its field, the place chosen kept.
        fill(driver, {"idNumber": "00120301234"})
        press(driver, "next")
        assert driver.find_element(By.ID, "f-idNumber-error").text, text(driver)
        assert "(00004)" in driver.find_element(By.NAME, "unit").get_attribute("value")
        shot(driver, f"{tag}-1-place-error")
        fill(driver, {"idNumber": "001203012345"})
        press(driver, "next")
        assert "Bước 2/4" in driver.find_element(By.TAG_NAME, "h1").text, text(driver)

        # Step 2: the e-form, prefilled with the applicant; half of it, then saved as a draft.
        assert driver.find_element(By.NAME, "f.applicant.citizenID").get_attribute("value") == "001203012345"
        fill(driver, {"f.applicant.relationship": "mother", "f.child.fullName": "Trần Minh An", "f.child.sex": "male",
                      "f.child.dateOfBirth": "2026-11-20"})
        shot(driver, f"{tag}-2-form-half")
        press(driver, "save")
        assert "Đã lưu bản nháp" in text(driver), text(driver)
    finally:
        driver.quit()

    # Another device: sign in again, open the draft from "My dossiers", carry on where it was left.
    driver = phone(javascript)
    try:
        driver.get(server + "/ca-nhan")
        sign_in_citizen(driver)
        drafts = driver.find_element(By.ID, "drafts")
        go(driver, drafts.find_element(By.PARTIAL_LINK_TEXT, "khai sinh"))
        assert "Bước 2/4" in driver.find_element(By.TAG_NAME, "h1").text, text(driver)
        assert driver.find_element(By.NAME, "f.child.fullName").get_attribute("value") == "Trần Minh An"
        # A birth date in the future and the mother missing: each error beside its field, what was typed kept.
        fill(driver, {"f.child.dateOfBirth": "2027-01-05", "f.child.birthPlaceKind": "healthFacility",
                      "f.child.placeOfBirth": "Bệnh viện Phụ sản Hà Nội", "f.child.ethnicity": "Kinh", "f.child.nationality": "Việt Nam"})
        press(driver, "next")
        shot(driver, f"{tag}-2-form-errors")
        assert driver.find_element(By.ID, "f-child-dateOfBirth-error").text
        assert driver.find_element(By.ID, "f-child-dateOfBirth").get_attribute("aria-invalid") == "true"
        assert driver.find_element(By.NAME, "f.child.placeOfBirth").get_attribute("value") == "Bệnh viện Phụ sản Hà Nội"
        fill(driver, {"f.child.dateOfBirth": "2026-11-20", "f.mother.fullName": "Nguyễn Thị Bình", "f.mother.dateOfBirth": "2003-05-02",
                      "f.mother.ethnicity": "Kinh", "f.mother.nationality": "Việt Nam", "f.mother.citizenID": "001303012345",
                      "f.mother.residence": "Số 5 phố Đội Cấn, Phường Ba Đình, Hà Nội"})
        shot(driver, f"{tag}-2-form-filled")
        press(driver, "next")
        assert "Bước 3/4" in driver.find_element(By.TAG_NAME, "h1").text, text(driver)

        # Step 3: documents, slot by slot — the birth certificate is required because the child was born in hospital.
        shot(driver, f"{tag}-3-documents")
        press(driver, "next")
        assert driver.find_element(By.ID, "s-birthCertificate-error").text, text(driver)
        with tempfile.NamedTemporaryFile(suffix=".pdf", prefix="giay-chung-sinh-", delete=False) as f:
            f.write(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        driver.find_element(By.NAME, "slot-birthCertificate").send_keys(f.name)
        press(driver, "upload")
        assert os.path.basename(f.name) in driver.find_element(By.ID, "s-birthCertificate").text
        shot(driver, f"{tag}-3-documents-attached")
        press(driver, "next")
        os.unlink(f.name)

        # Step 4: everything on one page, then sent; the receipt follows.
        assert "Bước 4/4" in driver.find_element(By.TAG_NAME, "h1").text, text(driver)
        page = text(driver)
        for expected in ("Trần Minh An", "20/11/2026", "Nguyễn Thị Bình", "Phường Ba Đình", "giay-chung-sinh-"):
            assert expected in page, (expected, page)
        assert not driver.find_elements(By.ID, "problems")
        shot(driver, f"{tag}-4-review")
        press(driver, "submit")
        page = text(driver)
        assert "Đã nộp hồ sơ" in page, page
        code = driver.find_element(By.TAG_NAME, "h1").text.removeprefix("Hồ sơ ").strip()
        assert code.startswith("00004-")
        shot(driver, f"{tag}-5-receipt")
        driver.get(server + "/ca-nhan")
        assert code in driver.find_element(By.ID, "dossiers").text
        assert "khai sinh" not in driver.find_element(By.ID, "drafts").text, "the sent draft is gone"
    finally:
        driver.quit()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_counter_receives_a_death_registration_with_a_missing_document_and_asks_for_it(server, javascript):
    driver = phone(javascript)
    try:
        driver.set_window_size(1280, 1000)
        driver.get(server + "/can-bo")
        driver.find_element(By.NAME, "login").send_keys("motcua.badinh")
        driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        go(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
        go(driver, driver.find_element(By.LINK_TEXT, "Tiếp nhận hồ sơ"))
        fill(driver, {"procedureCode": "1.000656", "fullName": "Nguyễn Thị Lan", "idNumber": "001303012345", "phone": "0987000111"})
        press(driver, "choose")
        # The procedure's slots, to tick one by one; the e-form below, typed from the paper declaration.
        assert driver.find_element(By.ID, "c-deathNotice"), text(driver)
        driver.find_element(By.CSS_SELECTOR, "details.counter-form summary").click()
        fill(driver, {"f.applicant.fullName": "Nguyễn Thị Lan", "f.applicant.citizenID": "001303012345", "f.applicant.phone": "0987000111",
                      "f.applicant.relationship": "child", "f.deceased.fullName": "Nguyễn Văn Cả", "f.deceased.sex": "male",
                      "f.deceased.dateOfBirth": "1940-01-01", "f.deceased.ethnicity": "Kinh", "f.deceased.nationality": "Việt Nam",
                      "f.deceased.citizenID": "001040000123", "f.deceased.lastResidence": "Phường Ba Đình, Hà Nội",
                      "f.deceased.dateOfDeath": "2026-11-28", "f.deceased.placeOfDeath": "Tại nhà", "f.deceased.cause": "Tuổi cao"})
        # Received with the death notice neither ticked nor waived: refused, the slot marked.
        press(driver, "receive")
        assert driver.find_element(By.ID, "c-deathNotice-error").text, text(driver)
        assert driver.find_element(By.NAME, "f.deceased.fullName").get_attribute("value") == "Nguyễn Văn Cả"
        shot(driver, "counter-1-missing")
        # Asked for as a supplement: recorded, the request names the missing document.
        press(driver, "supplement")
        page = text(driver)
        assert "Yêu cầu bổ sung" in page and "Giấy báo tử" in driver.find_element(By.ID, "history").text, page
        shot(driver, "counter-2-supplement")
    finally:
        driver.quit()
