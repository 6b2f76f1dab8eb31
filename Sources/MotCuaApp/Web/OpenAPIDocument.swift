import Foundation
import MotCuaCore

/// The OpenAPI 3.0 description of the HTTP API, served at `/api/v1/openapi.json` (used by the schema fuzzing run).
///
/// Paths, parameters and request bodies are written out below; every success response's schema is made from the
/// type the handler returns (``ResponseSchema``), so that what is documented is what is sent. A test checks that every
/// route under `/api/v1` is documented and nothing else is, and that every JSON success response has a schema.
enum OpenAPIDocument {
    /// What each operation answers on success, by the type it encodes.
    static let responses: [(path: String, method: String, status: String, schema: ResponseSchema)] = [
        ("/healthz", "get", "200", .of(HealthDTO.self)),
        ("/api/v1/provinces", "get", "200", .of(ListDTO<UnitDTO>.self)),
        ("/api/v1/provinces/{code}/communes", "get", "200", .of(ListDTO<UnitDTO>.self)),
        ("/api/v1/units", "get", "200", .of(ListDTO<UnitDTO>.self)),
        ("/api/v1/units/{code}", "get", "200", .of(UnitDTO.self)),
        ("/api/v1/address/convert", "get", "200", .of(ConversionResultDTO.self)),
        ("/api/v1/procedures", "get", "200", .of(ListDTO<ProcedureSummaryDTO>.self)),
        ("/api/v1/procedures/fields", "get", "200", .of([FieldDTO].self)),
        ("/api/v1/procedures/{code}", "get", "200", .of(ProcedureDTO.self)),
        ("/api/v1/procedures/{code}/form", "get", "200", .of(DeclarationFormDTO.self)),
        ("/api/v1/calendar/days-off", "get", "200", .of(DaysOffDTO.self)),
        ("/api/v1/calendar/due", "get", "200", .of(DueDTO.self)),
        ("/api/v1/dossiers", "post", "201", .of(SubmissionResultDTO.self)),
        ("/api/v1/dossiers", "post", "200", .of(SubmissionResultDTO.self)),
        ("/api/v1/dossiers/{code}", "get", "200", .of(DossierDTO.self)),
        ("/api/v1/dossiers/{code}/actions/{action}", "post", "200", .of(DossierDTO.self)),
        ("/api/v1/dossiers/{code}/documents", "post", "201", .of(DocumentDTO.self)),
        ("/api/v1/staff/dossiers", "get", "200", .of(DossierListDTO.self)),
        ("/api/v1/me/dossiers", "get", "200", .of(DossierListDTO.self)),
        ("/api/v1/me/drafts", "get", "200", .of([DraftDTO].self)),
        ("/api/v1/me/drafts", "post", "201", .of(DraftDTO.self)),
        ("/api/v1/me/drafts/{id}", "get", "200", .of(DraftDTO.self)),
        ("/api/v1/me/drafts/{id}", "put", "200", .of(DraftDTO.self)),
        ("/api/v1/me/drafts/{id}/submit", "post", "201", .of(SubmissionResultDTO.self)),
        ("/api/v1/me/drafts/{id}/submit", "post", "200", .of(SubmissionResultDTO.self)),
        ("/api/v1/me/payments", "get", "200", .of([PaymentDTO].self)),
        ("/api/v1/me/feedback", "get", "200", .of([FeedbackDTO].self)),
        ("/api/v1/dossiers/{code}/feedback", "post", "201", .of(FeedbackDTO.self)),
        ("/api/v1/staff/warnings", "get", "200", .of([WarningDTO].self)),
        ("/api/v1/assistant/ask", "post", "200", .of(AskOutput.self)),
        ("/api/v1/auth/sign-in", "post", "200", .of(SessionDTO.self)),
        ("/api/v1/auth/register", "post", "201", .of(AccountDTO.self)),
        ("/api/v1/auth/me", "get", "200", .of(AccountDTO.self)),
        ("/api/v1/admin/staff", "post", "201", .of(AccountDTO.self)),
        ("/api/v1/admin/staff/{id}/grants", "post", "201", .of(GrantDTO.self)),
        ("/api/v1/admin/tokens", "post", "201", .of(TokenDTO.self)),
        ("/api/v1/admin/procedures/{code}/abolition", "put", "200", .of(AbolitionDTO.self)),
    ]

    /// The document as served.
    static let json: String = {
        let text = base.replacingOccurrences(of: "{states}", with: DossierState.allCases.map(\.rawValue).joined(separator: "|"))
        guard var doc = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              var paths = doc["paths"] as? [String: Any] else { fatalError("the OpenAPI document is not JSON") }
        for r in responses {
            guard var item = paths[r.path] as? [String: Any], var operation = item[r.method] as? [String: Any],
                  var answers = operation["responses"] as? [String: Any] else {
                fatalError("the OpenAPI document has no \(r.method) \(r.path)")
            }
            var answer = answers[r.status] as? [String: Any] ?? ["description": "Success"]
            answer["content"] = ["application/json": ["schema": r.schema.json]]
            answers[r.status] = answer
            operation["responses"] = answers
            item[r.method] = operation
            paths[r.path] = item
        }
        doc["paths"] = paths
        let data = (try? JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    /// Paths, parameters and request bodies, written by hand.
    static let base = #"""
    {
      "openapi": "3.0.3",
      "info": {"title": "MotCua API", "version": "1", "description": "Public administrative services of Viet Nam's two-tier local government: reference data, dossiers, identity. Errors are JSON {error, code, reason}; reason is Vietnamese unless Accept-Language is en."},
      "servers": [{"url": "/"}],
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "A session token (s_…) from sign-in or an integration token (t_…)."}},
        "schemas": {
          "Error": {"type": "object", "required": ["error", "code", "reason"], "properties": {"error": {"type": "boolean"}, "code": {"type": "string"}, "reason": {"type": "string"}}},
          "Applicant": {"type": "object", "required": ["fullName", "idNumber", "phone"], "properties": {
            "fullName": {"type": "string", "minLength": 2, "maxLength": 120}, "idNumber": {"type": "string", "pattern": "^0[0-9]{2}[0-3][0-9]{8}$", "description": "12 digits: the province of birth registration (3), sex and century (1), year of birth (2), then 6"},
            "phone": {"type": "string", "pattern": "^(0|\\+84)[1-9][0-9]{8}$", "example": "0912345678"}, "email": {"type": "string", "format": "email", "nullable": true}, "communeCode": {"type": "string", "pattern": "^[0-9]{5}$", "nullable": true}}},
          "Document": {"type": "object", "required": ["fileName", "contentBase64"], "properties": {
            "fileName": {"type": "string"}, "docType": {"type": "string"}, "original": {"type": "boolean"}, "contentBase64": {"type": "string", "format": "byte"}}},
          "Submission": {"type": "object", "required": ["procedureCode", "unitCode", "applicant"], "properties": {
            "procedureCode": {"type": "string", "example": "1.001193"}, "unitCode": {"type": "string", "example": "00004"},
            "competentUnitCode": {"type": "string", "pattern": "^[0-9]{2,5}$", "nullable": true}, "channel": {"type": "string", "enum": ["online", "counter", "post", null], "nullable": true},
            "applicant": {"$ref": "#/components/schemas/Applicant"}, "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Document"}, "nullable": true},
            "processingTime": {"type": "string", "example": "5 working-days", "nullable": true}}},
          "Action": {"type": "object", "properties": {
            "reason": {"type": "string"}, "assignee": {"type": "string"}, "targetUnit": {"type": "string"},
            "newAppointment": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\\+07:00)?$", "example": "2026-12-15T16:30:00+07:00"}, "processingTime": {"type": "string"}, "phone": {"type": "string"}, "version": {"type": "integer"},
            "amount": {"type": "integer", "minimum": 0}, "paymentMethod": {"type": "string", "enum": ["online", "counter", "bank_transfer"]}, "paymentReference": {"type": "string", "maxLength": 100}}},
          "Draft": {"type": "object", "properties": {
            "procedureCode": {"type": "string", "example": "1.004194"}, "unitCode": {"type": "string"}, "competentUnitCode": {"type": "string"},
            "channel": {"type": "string", "enum": ["online", "counter", "post"]}, "processingTime": {"type": "string"},
            "applicant": {"type": "object", "properties": {"fullName": {"type": "string"}, "idNumber": {"type": "string"}, "phone": {"type": "string"}, "email": {"type": "string"}, "communeCode": {"type": "string"}}}}},
          "Feedback": {"type": "object", "required": ["rating"], "properties": {
            "rating": {"type": "string", "enum": ["very_satisfied", "satisfied", "dissatisfied"]}, "comment": {"type": "string", "maxLength": 2000, "nullable": true}, "phone": {"type": "string", "nullable": true}}},
          "SignIn": {"type": "object", "required": ["login", "password"], "properties": {"login": {"type": "string"}, "password": {"type": "string"}}},
          "Register": {"type": "object", "required": ["login", "fullName", "password"], "properties": {"login": {"type": "string", "description": "A mobile number or an e-mail address", "example": "0912345678"}, "fullName": {"type": "string", "minLength": 2, "maxLength": 120}, "password": {"type": "string", "minLength": 10, "maxLength": 200}}},
          "Abolition": {"type": "object", "required": ["effective", "decision"], "properties": {
            "effective": {"type": "string", "format": "date"}, "decision": {"type": "string", "minLength": 5, "maxLength": 300}}},
          "Grant": {"type": "object", "required": ["role", "unitCode"], "properties": {
            "role": {"type": "string", "enum": ["counterOfficer", "specialist", "divisionHead", "leader", "director", "supervisor", "administrator"]},
            "unitCode": {"type": "string", "pattern": "^[0-9]{2,5}$"}, "fields": {"type": "array", "items": {"type": "string"}, "nullable": true}}},
          "Staff": {"type": "object", "required": ["login", "fullName", "password"], "properties": {"login": {"type": "string", "minLength": 3, "maxLength": 200, "pattern": "^[^\\s<>]+$"}, "fullName": {"type": "string", "minLength": 2, "maxLength": 120}, "password": {"type": "string", "minLength": 10, "maxLength": 200}, "grants": {"type": "array", "items": {"$ref": "#/components/schemas/Grant"}, "nullable": true}}},
          "Ask": {"type": "object", "required": ["question"], "properties": {
            "question": {"type": "string", "example": "con tôi mới sinh thì làm giấy khai sinh ở đâu?"}, "conversationId": {"type": "string", "description": "The id of a conversation the assistant gave (empty: a new one)", "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$", "nullable": true},
            "communeCode": {"type": "string", "pattern": "^([0-9]{5})?$", "example": "00004", "nullable": true}, "phone": {"type": "string", "nullable": true}, "mode": {"type": "string", "enum": ["citizen", "officer", null], "nullable": true}}},
          "Token": {"type": "object", "required": ["name", "scopes"], "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$"}, "scopes": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": ["dossiers:submit", "dossiers:read", "payments:confirm", "agency:reply"]}}, "expiresInDays": {"type": "integer", "minimum": 1, "maximum": 3650, "nullable": true}}}
        },
        "responses": {"Error": {"description": "A clear error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}
      },
      "paths": {
        "/healthz": {"get": {"summary": "Readiness", "responses": {"200": {"description": "Ready"}, "503": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/provinces": {"get": {"summary": "Provinces in force", "parameters": [{"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}}], "responses": {"200": {"description": "Provinces"}, "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/provinces/{code}/communes": {"get": {"summary": "Communes of a province", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}}], "responses": {"200": {"description": "Communes"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/units": {"get": {"summary": "Search units by name", "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 200}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}], "responses": {"200": {"description": "Matches"}, "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/units/{code}": {"get": {"summary": "A unit as of a date", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}}], "responses": {"200": {"description": "The unit"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/address/convert": {"get": {"summary": "Old address to new units", "parameters": [{"name": "code", "in": "query", "schema": {"type": "string"}}, {"name": "commune", "in": "query", "schema": {"type": "string"}}, {"name": "district", "in": "query", "schema": {"type": "string"}}, {"name": "province", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "Conversion"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/procedures": {"get": {"summary": "Search the catalogue", "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 500}}, {"name": "level", "in": "query", "schema": {"type": "string", "enum": ["central", "province", "commune", "other"]}}, {"name": "field", "in": "query", "schema": {"type": "string"}}, {"name": "includeAbolished", "in": "query", "schema": {"type": "boolean"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}, {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 100000}}], "responses": {"200": {"description": "Procedures"}, "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/procedures/fields": {"get": {"summary": "Fields with counts", "responses": {"200": {"description": "Fields"}}}},
        "/api/v1/procedures/{code}": {"get": {"summary": "A procedure in full", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "The procedure"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/procedures/{code}/form": {"get": {"summary": "A procedure's declaration (tờ khai) and document slots: the form written from the official one, or derived from the catalogue entry (derived: true, with the lines it could not read)", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "The form"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/calendar/days-off": {"get": {"summary": "Days off of a year", "parameters": [{"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 1990, "maximum": 2099}}], "responses": {"200": {"description": "Days off"}, "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/calendar/due": {"get": {"summary": "Appointment for a receipt time", "parameters": [{"name": "received", "in": "query", "schema": {"type": "string"}}, {"name": "time", "in": "query", "schema": {"type": "string"}}, {"name": "now", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "Due"}, "400": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/dossiers": {"post": {"summary": "Submit a dossier (JSON, documents base64 within one limit; Idempotency-Key per caller: a retry of the same request returns its dossier, the key reused for another request is refused with 422)", "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Submission"}}}},
          "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmissionResult"}}}}, "200": {"description": "The dossier of an earlier request with the same Idempotency-Key", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmissionResult"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "410": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/dossiers/{code}": {"get": {"summary": "Status by code (public with the dossier's phone; whole record for staff)", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "phone", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "The dossier", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dossier"}}}}, "404": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/dossiers/{code}/actions/{action}": {"post": {"summary": "A transition of the lifecycle", "security": [{"bearer": []}, {}], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "action", "in": "path", "required": true, "schema": {"type": "string", "enum": ["receive", "refuse", "requestSupplement", "supplement", "assign", "handOver", "transfer", "acceptTransfer", "consultAgency", "agencyReplied", "completePart", "submitForApproval", "returnForRework", "approve", "requestPayment", "confirmPayment", "stop", "withdraw", "returnResult", "apologise"]}}],
          "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Action"}}}},
          "responses": {"200": {"description": "The dossier after the transition", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dossier"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/dossiers/{code}/documents": {"post": {"summary": "Upload a document (raw body; PDF, JPEG or PNG by content)", "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "fileName", "in": "query", "schema": {"type": "string"}}, {"name": "docType", "in": "query", "schema": {"type": "string"}}, {"name": "original", "in": "query", "schema": {"type": "boolean"}}, {"name": "phone", "in": "query", "schema": {"type": "string"}}],
          "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
          "responses": {"201": {"description": "Stored"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/dossiers/{code}/documents/{id}": {"get": {"summary": "Download one of a dossier's documents (staff who may see the dossier; each read is audited)", "security": [{"bearer": []}], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "The document as stored", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}, "image/jpeg": {"schema": {"type": "string", "format": "binary"}}, "image/png": {"schema": {"type": "string", "format": "binary"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/staff/dossiers": {"get": {"summary": "Inbox of the officer's units", "security": [{"bearer": []}], "parameters": [{"name": "unit", "in": "query", "description": "One unit (empty: every unit of the officer's grants)", "schema": {"type": "string", "pattern": "^([0-9]{2,5})?$"}}, {"name": "state", "in": "query", "description": "States, comma-separated", "schema": {"type": "string", "pattern": "^(({states})(,({states}))*)?$"}}, {"name": "dueBefore", "in": "query", "description": "A date or a date-time", "schema": {"type": "string", "pattern": "^([0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\\+07:00)?)?)?$"}}, {"name": "mine", "in": "query", "schema": {"type": "boolean"}}, {"name": "open", "in": "query", "schema": {"type": "boolean"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}}, {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1000000}}], "responses": {"200": {"description": "Dossiers"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/me/dossiers": {"get": {"summary": "A signed-in citizen's own dossiers", "security": [{"bearer": []}], "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}, {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1000000}}], "responses": {"200": {"description": "Dossiers"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/me/drafts": {"get": {"summary": "A signed-in citizen's drafts, newest first, each with the fields still missing", "security": [{"bearer": []}], "responses": {"200": {"description": "Drafts"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}},
          "post": {"summary": "Keep a draft of a submission (any part of it; at most 50 drafts of 16 KB)", "security": [{"bearer": []}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}}, "responses": {"201": {"description": "The draft"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/me/drafts/{id}": {"get": {"summary": "One draft", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "The draft"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
          "put": {"summary": "Replace a draft's content", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}}, "responses": {"200": {"description": "The draft"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}},
          "delete": {"summary": "Delete a draft", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/me/drafts/{id}/submit": {"post": {"summary": "Send a complete draft as a submission (once: the draft id is its idempotency key); the draft is then deleted", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"201": {"description": "Submitted", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmissionResult"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "410": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/me/payments": {"get": {"summary": "Fees of the citizen's dossiers: owed, awaited or paid (amount, method, reference)", "security": [{"bearer": []}], "responses": {"200": {"description": "Payments"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/me/feedback": {"get": {"summary": "The citizen's ratings of their ended dossiers", "security": [{"bearer": []}], "responses": {"200": {"description": "Ratings"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/dossiers/{code}/feedback": {"post": {"summary": "The applicant rates an ended dossier, once (signed in, or with the dossier's phone); dissatisfied needs a comment", "security": [{"bearer": []}, {}], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feedback"}}}}, "responses": {"201": {"description": "Recorded"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/staff/warnings": {"get": {"summary": "Near-due and overdue warnings for the officer", "security": [{"bearer": []}], "responses": {"200": {"description": "Warnings"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/staff/export": {"get": {"summary": "Dossiers in the national status vocabulary (NDJSON)", "security": [{"bearer": []}], "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100000}}], "responses": {"200": {"description": "One JSON object per line"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/assistant/ask": {"post": {"summary": "Ask the assistant (answers only from the official catalogue, with citations; dossier status with the phone check)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ask"}}}},
          "responses": {"200": {"description": "The answer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}}, "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/auth/sign-in": {"post": {"summary": "Sign in (sets an HTTP-only session cookie; returns the token and CSRF token)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SignIn"}}}}, "responses": {"200": {"description": "Session"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/auth/sign-out": {"post": {"summary": "Sign out", "responses": {"204": {"description": "Signed out"}, "403": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/auth/register": {"post": {"summary": "Register a citizen account by phone or e-mail", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Register"}}}}, "responses": {"201": {"description": "Account"}, "400": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/auth/oidc/start": {"get": {"summary": "Start sign-in with the OpenID Connect provider (redirect)", "responses": {"303": {"description": "To the provider"}, "404": {"$ref": "#/components/responses/Error"}, "502": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/auth/oidc/callback": {"get": {"summary": "The provider's redirect back", "parameters": [{"name": "code", "in": "query", "schema": {"type": "string"}}, {"name": "state", "in": "query", "schema": {"type": "string"}}], "responses": {"303": {"description": "Signed in"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "502": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/auth/me": {"get": {"summary": "The signed-in account and its roles", "security": [{"bearer": []}], "responses": {"200": {"description": "Account"}, "401": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/admin/staff": {"post": {"summary": "Create a staff account with roles", "security": [{"bearer": []}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Staff"}}}}, "responses": {"201": {"description": "Account"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/admin/staff/{id}/grants": {"post": {"summary": "Grant a role in a unit", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Grant"}}}}, "responses": {"201": {"description": "Granted"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/admin/staff/{id}/grants/{grant}": {"delete": {"summary": "Revoke a role", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "grant", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "Revoked"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/admin/tokens": {"post": {"summary": "Create a scoped integration token", "security": [{"bearer": []}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}}}, "responses": {"201": {"description": "Token (shown once)"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/admin/procedures/{code}/abolition": {"put": {"summary": "Record (or correct) that a decision abolishes a procedure from a day: from then on new dossiers are refused (410) and searches leave it out", "security": [{"bearer": []}], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Abolition"}}}}, "responses": {"200": {"description": "Recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Abolition"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}}},
          "delete": {"summary": "Withdraw an abolition recorded by mistake", "security": [{"bearer": []}], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "Withdrawn"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
        "/api/v1/admin/tokens/{id}": {"delete": {"summary": "Revoke a token", "security": [{"bearer": []}], "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "Revoked"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}}
      }
    }
    """#
}
