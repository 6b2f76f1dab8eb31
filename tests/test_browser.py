"""End to end in a real browser (headless Chromium, JavaScript switched off): a citizen finds a procedure and asks
the assistant; officers take a birth registration from the counter to the returned result, each in their role;
the citizen tracks it. Skips when Chromium or chromedriver is absent, unless MOTCUA_REQUIRE_BROWSER=1 (CI)."""
import os
import shutil
import tempfile

import pytest

from running import demo_site

try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:  # pragma: no cover - reported by the skip below
    webdriver = None

PASSWORD = "motcua-demo-2026"


def browser_missing():
    if webdriver is None:
        return "selenium is not installed (pip install selenium)"
    if not (shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")):
        return "chromium is not installed"
    if not shutil.which("chromedriver"):
        return "chromedriver is not installed"
    return None


def browser_site(name, missing=None):
    """A demo site for a browser test module (see running.demo_site); skipped when the browser, or what `missing`
    names, is absent — failed instead when MOTCUA_REQUIRE_BROWSER=1 (CI)."""
    missing = browser_missing() or missing
    if missing:
        if os.environ.get("MOTCUA_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    with demo_site(name) as base:
        yield base


@pytest.fixture(scope="module")
def server():
    yield from browser_site("browser")


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi"):
        options.add_argument(arg)
    # Every page must work as plain HTML forms.
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2, "intl.accept_languages": "vi"})
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def go(driver, element, submit=False):
    """Clicks (or submits) and waits until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.submit() if submit else element.click()
    WebDriverWait(driver, 15).until(lambda _: replaced(page))


def replaced(element):
    """True once the element no longer belongs to the page shown. While a navigation is under way Chromium may
    answer with "Node with given id does not belong to the document" instead of a stale-element error (CI hit it)."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error) or "no such element" in str(error):
            return True
        raise


def sign_in(driver, base, login):
    driver.delete_all_cookies()
    driver.get(base + "/can-bo")
    assert "/can-bo/dang-nhap" in driver.current_url
    driver.find_element(By.NAME, "login").send_keys(login)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    go(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Hồ sơ cần xử lý" in text(driver), text(driver)


def act(driver, base, code, action, **fields):
    driver.get(f"{base}/can-bo/ho-so/{code}")
    form = driver.find_element(By.ID, "action-" + action)
    for name, value in fields.items():
        element = form.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_visible_text(value)
        else:
            element.send_keys(value)
    go(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Đã thực hiện" in text(driver), text(driver)


def test_citizen_finds_a_procedure_and_asks_the_assistant(server, browser):
    browser.get(server + "/")
    search = browser.find_element(By.NAME, "q")
    search.send_keys("dang ky khai sinh")
    go(browser, search, submit=True)
    go(browser, browser.find_element(By.LINK_TEXT, "Thủ tục đăng ký khai sinh"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Thủ tục đăng ký khai sinh"
    assert "Thành phần hồ sơ" in text(browser)

    browser.get(server + "/")
    browser.find_element(By.ID, "ask-q").send_keys("con tôi mới sinh thì làm giấy khai sinh ở đâu?")
    go(browser, browser.find_element(By.CSS_SELECTOR, "form.ask button"))
    assert "/hoi-dap?c=" in browser.current_url
    assert "1.001193" in text(browser)
    browser.find_element(By.ID, "q").send_keys("còn lệ phí thì sao?")
    browser.find_element(By.ID, "xa").send_keys("Phường Ba Đình")
    go(browser, browser.find_element(By.CSS_SELECTOR, "form.ask button"))
    answers = browser.find_elements(By.CSS_SELECTOR, "#conversation .turn")
    assert len(answers) == 2 and "Phí, lệ phí" in answers[1].text
    go(browser, browser.find_element(By.CSS_SELECTOR, "a[href='/thu-tuc/1.001193']"))
    assert "1.001193" in text(browser)


def test_officers_take_a_dossier_from_counter_to_result(server, browser):
    sign_in(browser, server, "motcua.badinh")
    go(browser, browser.find_element(By.LINK_TEXT, "Tiếp nhận hồ sơ"))
    for name, value in {"procedureCode": "1.001193", "fullName": "Trần Văn An", "idNumber": "001203012345",
                        "phone": "0987654321", "communeCode": "00004"}.items():
        browser.find_element(By.NAME, name).send_keys(value)
    # The procedure first: its document slots to tick (the paper declaration stands for the e-form here).
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=choose]"))
    browser.find_element(By.NAME, "presented.birthCertificate").click()
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=receive]"))
    page = text(browser)
    assert "Đã thực hiện: Tiếp nhận hồ sơ" in page, page
    code = browser.find_element(By.TAG_NAME, "h1").text.removeprefix("Hồ sơ ").strip()
    assert code.startswith("00004-")

    go(browser, browser.find_element(By.LINK_TEXT, "Phiếu tiếp nhận và hẹn trả"))
    assert code in text(browser) and browser.find_elements(By.TAG_NAME, "svg")

    # A bad receipt keeps what was typed and says what is wrong.
    browser.get(server + "/can-bo/tiep-nhan")
    browser.find_element(By.NAME, "procedureCode").send_keys("1.001193")
    browser.find_element(By.NAME, "fullName").send_keys("Lê Thị Cúc")
    browser.find_element(By.NAME, "idNumber").send_keys("999203012345")
    browser.find_element(By.NAME, "phone").send_keys("0987654321")
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=choose]"))
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=receive]"))
    assert browser.find_element(By.CSS_SELECTOR, "p.error").text
    # The message sits beside the field it is about, which is marked invalid and keeps what was typed.
    field = browser.find_element(By.NAME, "idNumber")
    assert field.get_attribute("aria-invalid") == "true" and field.get_attribute("value") == "999203012345"
    assert browser.find_element(By.ID, "f-idNumber-error").text
    assert browser.find_element(By.NAME, "fullName").get_attribute("value") == "Lê Thị Cúc"

    sign_in(browser, server, "truongphong.badinh")
    go(browser, browser.find_element(By.LINK_TEXT, code))
    act(browser, server, code, "assign", assignee="Trần Văn Minh (chuyên viên Ba Đình)")
    sign_in(browser, server, "chuyenvien.badinh")
    act(browser, server, code, "submitForApproval")
    # The specialist has no approval button.
    assert not browser.find_elements(By.ID, "action-approve")
    sign_in(browser, server, "lanhdao.badinh")
    act(browser, server, code, "approve")
    sign_in(browser, server, "motcua.badinh")
    act(browser, server, code, "returnResult")
    history = browser.find_element(By.ID, "history").text
    for step in ("Tiếp nhận hồ sơ", "Phân công xử lý", "Trình phê duyệt", "Phê duyệt", "Trả kết quả"):
        assert step in history, history

    # Another commune's officer cannot open it.
    sign_in(browser, server, "motcua.ngocha")
    browser.get(f"{server}/can-bo/ho-so/{code}")
    assert "Không tìm thấy" in text(browser)

    # The citizen tracks it by code and phone.
    browser.delete_all_cookies()
    browser.get(server + "/tra-cuu")
    browser.find_element(By.NAME, "ma").send_keys(code)
    browser.find_element(By.NAME, "phone").send_keys("0987654321")
    go(browser, browser.find_element(By.CSS_SELECTOR, "form button"))
    assert "Đã trả kết quả" in text(browser), text(browser)


def test_citizen_submits_online_with_a_document_withdraws_and_rates(server, browser):
    browser.delete_all_cookies()
    browser.get(server + "/thu-tuc/1.001193")
    go(browser, browser.find_element(By.LINK_TEXT, "Nộp hồ sơ trực tuyến"))
    assert "/ca-nhan/dang-nhap" in browser.current_url
    browser.find_element(By.NAME, "login").send_keys("0912345678")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    go(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    # The four steps (each is tested in detail in test_browser_apply.py).
    assert "Bước 1/4" in browser.find_element(By.TAG_NAME, "h1").text, text(browser)
    browser.find_element(By.NAME, "unit").send_keys("Phường Ba Đình, Hà Nội")
    browser.find_element(By.NAME, "idNumber").send_keys("001203012345")
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
    assert "Bước 2/4" in browser.find_element(By.TAG_NAME, "h1").text, text(browser)
    Select(browser.find_element(By.NAME, "f.applicant.relationship")).select_by_value("father")
    for name, value in {"f.child.fullName": "Nguyễn Minh Khang", "f.child.placeOfBirth": "Bệnh viện Xanh Pôn", "f.child.ethnicity": "Kinh",
                        "f.child.nationality": "Việt Nam", "f.mother.fullName": "Lê Thị Hoa", "f.mother.ethnicity": "Kinh",
                        "f.mother.nationality": "Việt Nam", "f.mother.citizenID": "001301012345", "f.mother.residence": "Hà Nội"}.items():
        browser.find_element(By.NAME, name).send_keys(value)
    for name, value in {"f.child.sex": "male", "f.child.birthPlaceKind": "healthFacility"}.items():
        browser.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()
    # Chromium's date field takes the digits in its locale's order.
    for name, value in {"f.child.dateOfBirth": "2026-11-20", "f.mother.dateOfBirth": "2001-04-02"}.items():
        field = browser.find_element(By.NAME, name)
        year, month, day = value.split("-")
        for order in (day + month + year, month + day + year):
            field.clear()
            field.send_keys(order)
            if field.get_attribute("value") == value:
                break
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
    assert "Bước 3/4" in browser.find_element(By.TAG_NAME, "h1").text, text(browser)
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as f:
        f.write(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    browser.find_element(By.NAME, "slot-birthCertificate").send_keys(f.name)
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=next]"))
    assert "Bước 4/4" in browser.find_element(By.TAG_NAME, "h1").text, text(browser)
    go(browser, browser.find_element(By.CSS_SELECTOR, "button[name=intent][value=submit]"))
    page = text(browser)
    assert "Đã nộp hồ sơ" in page, page
    code = browser.find_element(By.TAG_NAME, "h1").text.removeprefix("Hồ sơ ").strip()
    assert code.startswith("00004-")

    browser.get(server + "/ca-nhan")
    assert code in browser.find_element(By.ID, "dossiers").text

    browser.get(f"{server}/ca-nhan/ho-so/{code}")
    browser.find_element(By.TAG_NAME, "summary").click()
    browser.find_element(By.NAME, "reason").send_keys("Nộp nhầm nơi")
    # Withdrawing cannot be undone: the form asks for a confirmation first.
    browser.find_element(By.NAME, "confirm").click()
    go(browser, browser.find_element(By.XPATH, "//button[text()='Rút hồ sơ']"))
    assert "Đã rút hồ sơ" in text(browser), text(browser)
    browser.find_element(By.CSS_SELECTOR, "input[name=rating][value=satisfied]").click()
    browser.find_element(By.NAME, "comment").send_keys("Cán bộ hướng dẫn tận tình")
    go(browser, browser.find_element(By.XPATH, "//button[text()='Gửi đánh giá']"))
    assert "Cảm ơn bạn đã đánh giá" in text(browser)
    assert "Hài lòng: Cán bộ hướng dẫn tận tình" in browser.find_element(By.ID, "rating").text
    os.unlink(f.name)
