import Foundation
import MotCuaCore
import NIOConcurrencyHelpers

/// Holds the current snapshot; replaced whole when reference data changes.
public final class ReferenceStore: Sendable {
    private let box = NIOLockedValueBox<ReferenceSnapshot?>(nil)

    public init() {}

    public var current: ReferenceSnapshot? { box.withLockedValue { $0 } }

    func replace(_ snapshot: ReferenceSnapshot) { box.withLockedValue { $0 = snapshot } }
}
