import Foundation
import MotCuaCore

/// One agency's part of an interconnected dossier.
struct PartState: Codable, Sendable {
    var name: String
    var agency: String
    var unitCode: String
    var due: LocalDateTime?
    var completedAt: LocalDateTime?
    var completedBy: String?
}
