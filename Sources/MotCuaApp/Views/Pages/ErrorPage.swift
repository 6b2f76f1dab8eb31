import Vapor

/// What a browser sees instead of an error's JSON: the message in the reader's language and ways on.
struct ErrorPage: Encodable {
    let heading: String
    let message: String
    let back: String?
    let backLabel: String

    /// Whether the request is a browser's page request (not the API, not a script asking for JSON).
    static func wanted(by req: Request) -> Bool {
        guard !req.url.path.hasPrefix("/api/"), req.url.path != "/healthz",
              let accept = req.headers.first(name: .accept) else { return false }
        return accept.contains("text/html")
    }

    static func response(for error: any Error, to req: Request) async -> Response {
        let (status, _, vi, en) = APIErrorMiddleware.describe(error)
        if status == .internalServerError { req.logger.error("\(String(reflecting: error))") }
        let language = req.language
        let key = status == .notFound ? "error_404" : status.code >= 500 ? "error_5xx" : "error_4xx"
        let referer = req.headers.first(name: .referer).flatMap { URI(string: $0).path.hasPrefix("/") ? URI(string: $0).path : nil }
        let model = ErrorPage(heading: UIText.text(key, language), message: language.pick(vi, en),
                              back: referer, backLabel: UIText.text("error_back", language))
        do {
            return try await req.page("error", title: model.heading, model, status: status)
        } catch {
            req.logger.error("error page: \(String(reflecting: error))")
            return Response(status: status, body: .init(string: model.message))
        }
    }
}
