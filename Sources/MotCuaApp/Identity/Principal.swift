import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// Who is making a request: a signed-in person (staff or citizen) or a system holding an API token.
struct Principal: Sendable {
    enum Kind: String, Sendable, Codable { case staff, citizen, integration, system }

    var id: String
    var name: String
    var kind: Kind
    var grants: [RoleGrant]
    var scopes: Set<TokenScope>
    /// For a session: its CSRF token (cookie-authenticated unsafe requests must echo it).
    var csrf: String?
    var viaCookie: Bool

    /// How the audit log names the actor.
    var auditName: String { "\(kind.rawValue):\(id)" }

    /// The applicant acting without an account (proving the dossier's phone number).
    static func applicant(named name: String) -> Principal {
        Principal(id: "applicant", name: name, kind: .citizen, grants: [], scopes: [], csrf: nil, viaCookie: false)
    }

    /// The command line run by whoever administers the server (audited as `system:cli`).
    static let commandLine = Principal(id: "cli", name: "cli", kind: .system, grants: [RoleGrant(role: .administrator, unitCode: "", provinceCode: "")],
                                       scopes: [], csrf: nil, viaCookie: false)

    var isStaff: Bool { kind == .staff && !grants.isEmpty }
    var isAdministrator: Bool { grants.contains { $0.role == .administrator } }
}

extension Request {
    private struct PrincipalKey: StorageKey { typealias Value = Principal }

    var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    /// The signed-in staff member, or 401/403.
    func requireStaff() throws -> Principal {
        guard let p = principal else { throw APIError.unauthenticated }
        guard p.isStaff else { throw APIError.forbidden }
        return p
    }

    func requireSignedIn() throws -> Principal {
        guard let p = principal else { throw APIError.unauthenticated }
        return p
    }

    /// Current time; tests can fix it.
    var now: Date { application.clock.now() }

    /// The caller's address for rate limits (the proxy's `X-Forwarded-For` first hop when trusted).
    var clientKey: String {
        if application.motcuaConfig.trustProxy, let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    var clock: AppClock {
        if let c = storage[ClockKey.self] { return c }
        let c = AppClock()
        storage[ClockKey.self] = c
        return c
    }
}

extension APIError {
    static let unauthenticated = APIError(.unauthenticated)
    static let forbidden = APIError(.forbidden)
    static let csrf = APIError(.csrf)
    static func tooMany(_ seconds: Int) -> APIError {
        APIError(.rateLimited, seconds)
    }
}
