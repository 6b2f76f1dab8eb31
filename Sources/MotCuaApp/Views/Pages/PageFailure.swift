import Vapor

/// A refused action as a page shows it: status, code and the message in the reader's language.
struct PageFailure {
    let status: HTTPStatus
    let code: String
    let text: String
    /// The form field it is about, when the page knows.
    var field: String? = nil
}

extension Request {
    /// How a page shows `error`, in the reader's language.
    func failure(_ error: any Error) -> PageFailure {
        let (status, code, vi, en) = APIErrorMiddleware.describe(error)
        if status == .internalServerError { logger.error("\(String(reflecting: error))") }
        return PageFailure(status: status, code: code, text: language.pick(vi, en))
    }
}
