import Foundation

/// What one dossier gives the service index, reduced to days and flags: where it counts (its competent unit and province),
/// when it was received and ended, from when it is late while open, whether it was submitted online, holds a document,
/// was rated dissatisfied, and when its fee was paid and how. From it follow the days on which it adds one to a
/// unit's running totals (`counts`); when the dossier changes, the totals take the difference between its old and new
/// entry, so they stay equal to a count over every dossier (`IndexProgress`) without recomputing one.
public struct IndexEntry: Sendable, Equatable, Codable {
    public var unit: String
    public var province: String
    public var procedure: String
    public var online: Bool
    public var received: LocalDate?
    public var ended: LocalDate?
    public var endedLate: Bool
    public var lateFrom: LocalDate?
    public var documents: Bool
    public var complaint: Bool
    public var paid: LocalDate?
    public var paidOnline: Bool

    public init(unit: String, province: String, procedure: String, online: Bool, clock: DossierClock, documents: Bool = false,
                complaint: Bool = false, paid: LocalDate? = nil, paidOnline: Bool = false) {
        self.unit = unit
        self.province = province
        self.procedure = procedure
        self.online = online
        self.documents = documents
        self.complaint = complaint
        self.paid = paid
        self.paidOnline = paidOnline
        received = clock.receivedAt?.date
        ended = clock.receivedAt == nil ? nil : clock.endedAt?.date
        endedLate = clock.outcome == .late
        // As `IndexProgress.count` judges an open dossier: late once asked for a supplement more than once, or once its
        // due moment passed unless it was paused before it. Never before it was received.
        var late: LocalDate?
        if clock.supplementRequests > 1 {
            late = received
        } else if let due = clock.due, !(clock.isPaused && (clock.pausedAt ?? due) <= due) {
            // Counted late at a cutoff (a day's first moment) after the due day: a counter's day counts when before the cutoff's.
            late = due.date
        }
        if let r = received, let l = late { lateFrom = max(l, r) } else { lateFrom = nil }
    }

    /// The days on which it adds one to a counter of its unit.
    public var counts: [(day: LocalDate, counter: IndexCounter)] {
        guard let received else { return [] }
        var out: [(LocalDate, IndexCounter)] = [(received, .received)]
        if online { out.append((received, .receivedOnline)) }
        if documents { out.append((received, .receivedDigitised)) }
        if complaint { out.append((received, .receivedComplaint)) }
        if let ended {
            out.append((ended, .ended))
            if endedLate { out.append((ended, .endedLate)) }
            if complaint { out.append((ended, .endedComplaint)) }
        }
        if let lateFrom {
            out.append((lateFrom, .lateFrom))
            if let ended { out.append((max(lateFrom, ended), .lateEnded)) }
        }
        if let paid {
            out.append((paid, .paid))
            if paidOnline { out.append((paid, .paidOnline)) }
        }
        return out
    }
}

extension IndexEntry {
    /// A short line kept beside each dossier (`unit|province|procedure|flags|received|ended|lateFrom|paid`), so that the
    /// next change can take the difference without reading the dossier's history again.
    public var encoded: String {
        let flags = (online ? "o" : "") + (endedLate ? "l" : "") + (documents ? "d" : "") + (complaint ? "c" : "") + (paidOnline ? "p" : "")
        return [unit, province, procedure, flags, received?.description ?? "", ended?.description ?? "", lateFrom?.description ?? "",
                paid?.description ?? ""].joined(separator: "|")
    }

    public init?(encoded: String) {
        let f = encoded.split(separator: "|", omittingEmptySubsequences: false)
        guard f.count == 8 else { return nil }
        func day(_ s: Substring) -> LocalDate?? { s.isEmpty ? .some(nil) : LocalDate(iso: s).map { .some($0) } }
        guard let received = day(f[4]), let ended = day(f[5]), let lateFrom = day(f[6]), let paid = day(f[7]) else { return nil }
        unit = String(f[0]); province = String(f[1]); procedure = String(f[2])
        online = f[3].contains("o"); endedLate = f[3].contains("l"); documents = f[3].contains("d"); complaint = f[3].contains("c")
        paidOnline = f[3].contains("p")
        self.received = received; self.ended = ended; self.lateFrom = lateFrom; self.paid = paid
    }

    /// The same dossier's entry after a change of its clock, channel or units, keeping what other records said
    /// (documents, rating, payment).
    public func with(unit: String, province: String, procedure: String, online: Bool, clock: DossierClock) -> IndexEntry {
        IndexEntry(unit: unit, province: province, procedure: procedure, online: online, clock: clock, documents: documents,
                   complaint: complaint, paid: paid, paidOnline: paidOnline)
    }
}
