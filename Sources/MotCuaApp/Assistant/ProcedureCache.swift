import Fluent
import Foundation
import MotCuaCore
import NIOConcurrencyHelpers
import Vapor

/// Full procedure records the assistant has needed, held in memory per reference version.
final class ProcedureCache: Sendable {
    private let box = NIOLockedValueBox<(version: Int, procedures: [String: Procedure])>((-1, [:]))

    func procedures(_ codes: [String], version: Int, db: any Database) async throws -> [String: Procedure] {
        var found: [String: Procedure] = [:]
        var missing: [String] = []
        box.withLockedValue { cache in
            if cache.version != version { cache = (version, [:]) }
            for c in codes { if let p = cache.procedures[c] { found[c] = p } else { missing.append(c) } }
        }
        for c in missing {
            guard let p = try await ReferenceRepository(db: db).procedure(code: c) else { continue }
            found[c] = p
            box.withLockedValue { cache in if cache.version == version { cache.procedures[c] = p } }
        }
        return found
    }
}
