import Foundation
import NIOConcurrencyHelpers
import Vapor

extension Application {
    private final class DecoyBox: Sendable {
        let hash = NIOLockedValueBox<String?>(nil)
    }
    private struct DecoyKey: StorageKey { typealias Value = DecoyBox }

    /// Made at configuration (storage is not synchronised).
    func makeDecoyHashHolder() { storage[DecoyKey.self] = DecoyBox() }

    /// `real` when there is one, else a decoy hash at the configured cost (what real passwords are hashed with),
    /// made once off the event loop.
    func decoyPasswordHash(_ real: String?) async throws -> String {
        if let real { return real }
        let box = storage[DecoyKey.self]!
        if let h = box.hash.withLockedValue({ $0 }) { return h }
        let cost = motcuaConfig.bcryptCost
        let h = try await threadPool.runIfActive { try Bcrypt.hash("motcua-timing-equaliser-\(UUID().uuidString)", cost: cost) }
        box.hash.withLockedValue { $0 = $0 ?? h }
        return box.hash.withLockedValue { $0! }
    }
}
