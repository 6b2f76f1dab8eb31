import Foundation
import MotCuaCore
import Vapor

/// Calls an OpenAI-compatible chat endpoint to phrase a composed answer. Returns nil — and the composed
/// answer stands — when the endpoint fails, is slow, or its text fails the citation and figure check.
struct LanguageModelClient {
    let app: Application
    let config: AppConfig.LanguageModelConfig

    private struct ChatRequest: Content {
        let model: String
        let messages: [ModelPhrasing.Message]
        let temperature: Double
        let max_tokens: Int
    }

    private struct ChatResponse: Content {
        struct Choice: Codable {
            struct Message: Codable { let content: String? }
            let message: Message
        }
        let choices: [Choice]
    }

    func phrase(question: String, composed: String, citations: [AssistantCitation], language: AnswerLanguage) async -> String? {
        var passages = composed
        for c in citations { passages += "\n[\(c.code)] \(c.name)" }
        let messages = ModelPhrasing.messages(question: String(question.prefix(Assistant.maxQuestionLength)), passages: passages, language: language)
        do {
            let response = try await app.client.post(URI(string: config.url)) { req in
                if let key = config.apiKey { req.headers.bearerAuthorization = BearerAuthorization(token: key) }
                try req.content.encode(ChatRequest(model: config.model, messages: messages, temperature: 0, max_tokens: 700))
                req.timeout = .milliseconds(Int64(config.timeoutMilliseconds))
            }
            guard (200..<300).contains(response.status.code) else {
                app.logger.warning("language model answered HTTP \(response.status.code); composed answer used")
                return nil
            }
            let text = try response.content.decode(ChatResponse.self).choices.first?.message.content ?? ""
            let verdict = ModelPhrasing.check(text, passages: passages, allowedCodes: Set(citations.map(\.code)))
            guard verdict == .accepted else {
                app.logger.notice("language model text rejected (\(Self.describe(verdict))); composed answer used")
                return nil
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            app.logger.warning("language model unavailable (\(type(of: error))); composed answer used")
            return nil
        }
    }

    /// The verdict without any text from the answer (which could carry personal data).
    static func describe(_ v: ModelPhrasing.Verdict) -> String {
        switch v {
        case .accepted: return "accepted"
        case .noCitation: return "no citation"
        case .unknownCitation(let c): return "cites \(c), not retrieved"
        case .unsupportedFigure: return "a figure not in the passages"
        case .empty: return "empty"
        }
    }
}
