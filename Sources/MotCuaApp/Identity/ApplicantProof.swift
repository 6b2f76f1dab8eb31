import Foundation
import MotCuaCore
import Vapor

/// The one check that a caller is a dossier's applicant: the citizen account that submitted it, or someone who
/// gives its phone number, within the guess budget.
struct ApplicantProof {
    let app: Application
    /// The caller's address (``Request/clientKey``).
    let caller: String
    let now: Date

    init(_ req: Request) {
        app = req.application; caller = req.clientKey; now = req.now
    }

    init(app: Application, caller: String, now: Date) {
        self.app = app; self.caller = caller; self.now = now
    }

    static func budgetSpent(_ now: Date) -> APIError {
        let minutes = (GuessBudget.wait(now) + 59) / 60
        return APIError(.tooManyWrongPhones, minutes)
    }

    /// Whether the caller is the applicant of `row` (nil when no dossier has the code). Throws 429 while the
    /// caller's or the dossier's budget is spent, whether the phone is right or not.
    func check(_ row: Dossier?, code: String, principal: Principal?, phone: String?) async throws -> Bool {
        if let principal, principal.kind == .citizen, let row, row.applicantAccount == principal.id { return true }
        guard let phone, !phone.isEmpty else { return false }
        let budget = app.guessBudget
        if budget.blockedHere(caller: caller, code: code, now: now) { throw Self.budgetSpent(now) }
        if let row, PhoneNumber.normalise(phone) == row.applicantPhone {
            // Another instance may have spent the budget (one SQLite process has seen every failure itself).
            if budget.shared, try await budget.blockedInDatabase(app.db, caller: caller, code: code, now: now) { throw Self.budgetSpent(now) }
            return true
        }
        // A wrong phone is counted first and answered by the count: one write, no read.
        guard try await budget.fail(app, caller: caller, code: code, now: now) else { throw Self.budgetSpent(now) }
        return false
    }
}
