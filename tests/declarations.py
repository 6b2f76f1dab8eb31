"""What an online submission carries besides the applicant: the procedure's e-form and its documents in their
slots (a birth registration needs the child's and the mother's data and the birth certificate)."""
import base64

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PDF_B64 = base64.b64encode(PDF).decode()


def birth_form(applicant):
    return {
        "applicant": {"fullName": applicant["fullName"], "citizenID": applicant["idNumber"], "phone": applicant["phone"], "relationship": "mother"},
        "child": {"fullName": "Trần Minh An", "sex": "male", "dateOfBirth": "2026-01-20", "birthPlaceKind": "healthFacility",
                  "placeOfBirth": "Bệnh viện Phụ sản Hà Nội", "ethnicity": "Kinh", "nationality": "Việt Nam"},
        "mother": {"fullName": "Nguyễn Thị Bình", "dateOfBirth": "2003-05-02", "ethnicity": "Kinh", "nationality": "Việt Nam",
                   "citizenID": "001303012345", "residence": "Phường Ba Đình, Hà Nội"},
    }


def residence_form(applicant):
    return {
        "applicant": {"fullName": applicant["fullName"], "dateOfBirth": "2003-05-02", "sex": "male", "citizenID": applicant["idNumber"],
                      "phone": applicant["phone"]},
        "commune": applicant.get("communeCode") or "00004", "address": "Số 5 phố Đội Cấn", "housing": "owned",
    }


def declared(body):
    """The submission with its e-form and the one document its case needs, for the procedures with a written form."""
    forms = {"1.001193": (birth_form, "birthCertificate"), "1.004194": (residence_form, "lawfulResidence")}
    if body.get("procedureCode") not in forms or body.get("channel") == "counter" or "form" in body:
        return body
    make, slot = forms[body["procedureCode"]]
    out = dict(body, form=make(body["applicant"]))
    out["documents"] = list(body.get("documents") or []) + [{"fileName": slot + ".pdf", "slot": slot, "contentBase64": PDF_B64}]
    return out
