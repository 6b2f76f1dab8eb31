import Foundation
import MotCuaCore

/// What an identity provider vouches for about a citizen beyond the name, each value checked before it is kept (a
/// value that is not what it claims to be is dropped, never stored): used to prefill forms, still editable there.
struct IdentityFacts: Codable, Sendable, Equatable {
    var citizenID: String?
    /// ISO `YYYY-MM-DD`.
    var dateOfBirth: String?
    var residence: String?

    init(citizenID: String?, dateOfBirth: String?, residence: String?, today: LocalDate) {
        self.citizenID = citizenID.flatMap { text -> String? in
            guard case .success(let id) = CitizenID.validate(text, currentYear: today.year) else { return nil }
            return id.digits
        }
        self.dateOfBirth = dateOfBirth.flatMap(LocalDate.init(iso:)).flatMap { $0 <= today ? $0.description : nil }
        self.residence = residence.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty || $0.count > 200 ? nil : $0 }
    }

    var isEmpty: Bool { citizenID == nil && dateOfBirth == nil && residence == nil }
}
