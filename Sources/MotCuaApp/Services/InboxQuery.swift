import MotCuaCore

/// What an officer asks of their inbox.
struct InboxQuery: Sendable {
    /// One unit (by code) instead of every unit the officer's grants cover.
    var unit: String?
    /// These states; nil with `openOnly` for every state still open.
    var states: [DossierState]?
    var openOnly = true
    var dueBefore: LocalDateTime?
    /// Only dossiers assigned to the officer.
    var mine = false
    var limit = 50
    var offset = 0
}
