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
        guard !missing.isEmpty else { return found }
        let loaded = missing.count == 1 ? try await ReferenceRepository(db: db).procedure(code: missing[0]).map { [$0] } ?? []
            : try await ReferenceRepository(db: db).procedures(codes: missing)
        for p in loaded { found[p.code] = p }
        box.withLockedValue { cache in
            if cache.version == version { for p in loaded { cache.procedures[p.code] = p } }
        }
        return found
    }
}
