/// The OpenAPI 3 description of the HTTP API, served at `/api/v1/openapi.json`.
enum OpenAPIDocument {
    static let json = "{}"
}
