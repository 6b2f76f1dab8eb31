import Foundation
import Testing
@testable import MotCuaCore

@Suite("Decentralisation: changes of level with effective days, and the report")
struct DecentralisationTests {
    static let today = LocalDate(year: 2026, month: 12, day: 2)
    static let decision = "Quyết định 1234/QĐ-BNV ngày 20/11/2026"

    static func procedure(_ code: String, levels: [String], field: String = "Hộ tịch", ministry: String = "bo-tu-phap") throws -> ProcedureSummary {
        let raw = RawProcedure(code: code, name: "Thủ tục \(code)", decision: "1/QĐ", levels: levels, procedureType: "", field: field,
                               subjects: "Công dân Việt Nam", competentAgency: "Ủy ban nhân dân cấp tỉnh", implementingAgency: "Không có thông tin",
                               ministry: ministry, channels: [], steps: "", documents: "", requirements: "Không có thông tin", legalBasis: "",
                               result: "", sourceUrl: "https://example.invalid/x")
        return ProcedureSummary(try CatalogueParser.parse(raw))
    }

    static func parse(levels: [String], effective: String, correction: Bool = false, decision: String = decision, kind: String? = nil,
                      agency: String? = nil, changes: CatalogueChanges = CatalogueChanges(), base: [ProcedureLevel] = [.province])
        -> Result<CompetenceChange, CompetenceChange.Problem> {
        CompetenceChange.parse(code: "9.000001", kind: kind, levels: levels, agency: agency, effective: effective, decision: decision,
                               correction: correction, today: today) { changes.competence(of: "9.000001", levels: base, agency: "UBND cấp tỉnh", on: $0) }
    }

    @Test("A change is refused with a past day unless it corrects a record, with an unknown level, without a decision, or when nothing changes")
    func badChanges() {
        #expect(Self.parse(levels: ["commune"], effective: "2026-12-01") == .failure(.pastDate(Self.today)))
        guard case .success(let corrected) = Self.parse(levels: ["commune"], effective: "2026-12-01", correction: true) else {
            Issue.record("a correction may carry a past day"); return
        }
        #expect(corrected.correction && corrected.previousLevels == [.province] && corrected.previousAgency == "UBND cấp tỉnh")
        #expect(Self.parse(levels: ["district"], effective: "2027-01-01") == .failure(.unknownLevel("district")))
        #expect(Self.parse(levels: [], effective: "2027-01-01") == .failure(.noLevel))
        #expect(Self.parse(levels: ["commune"], effective: "2027-01-01", decision: "  ") == .failure(.badDecision))
        #expect(Self.parse(levels: ["commune"], effective: "2027-01-01", decision: "QĐ <script>") == .failure(.badDecision))
        #expect(Self.parse(levels: ["commune"], effective: "01/01/2027") == .failure(.badDate))
        #expect(Self.parse(levels: ["province"], effective: "2027-01-01") == .failure(.unchanged))
        #expect(Self.parse(levels: ["commune"], effective: "2027-01-01", kind: "move") == .failure(.unknownKind("move")))
        // The same levels with another agency is a change; the levels are kept in a fixed order, without repeats.
        guard case .success(let agency) = Self.parse(levels: ["province"], effective: "2027-01-01", agency: "Sở Tư pháp") else {
            Issue.record("another agency is a change"); return
        }
        #expect(agency.movement == .agencyChanged)
        guard case .success(let both) = Self.parse(levels: [" Commune", "province", "commune"], effective: "2026-12-02") else {
            Issue.record("today is not past"); return
        }
        #expect(both.levels == [.province, .commune])
    }

    @Test("What is in force on a day: the catalogue's levels before the first change, each change from its day, the coming one announced")
    func timeline() {
        let first = CompetenceChange(code: "A", effective: LocalDate(year: 2027, month: 1, day: 1), decision: "QĐ 1", levels: [.commune],
                                     agency: "UBND cấp xã", previousLevels: [.province], sequence: 1)
        let second = CompetenceChange(code: "A", effective: LocalDate(year: 2027, month: 7, day: 1), decision: "QĐ 2", levels: [.province, .commune],
                                      previousLevels: [.commune], sequence: 2)
        // A later record for the same day replaces the earlier one (a correction).
        let corrected = CompetenceChange(code: "A", effective: LocalDate(year: 2027, month: 7, day: 1), decision: "QĐ 2 (đính chính)",
                                         levels: [.province], previousLevels: [.commune], correction: true, sequence: 3)
        let introduced = CompetenceChange(code: "B", kind: .introduce, effective: LocalDate(year: 2027, month: 3, day: 1), decision: "QĐ 3",
                                          levels: [.commune], previousLevels: [])
        let changes = CatalogueChanges(competence: [second, introduced, corrected, first])
        func at(_ code: String, _ y: Int, _ m: Int, _ d: Int) -> Competence {
            changes.competence(of: code, levels: [.province], agency: "UBND cấp tỉnh", on: LocalDate(year: y, month: m, day: d))
        }
        #expect(at("A", 2026, 12, 31).levels == [.province] && at("A", 2026, 12, 31).change == nil && at("A", 2026, 12, 31).upcoming == first)
        #expect(at("A", 2027, 1, 1).levels == [.commune] && at("A", 2027, 1, 1).agency == "UBND cấp xã" && at("A", 2027, 1, 1).upcoming?.sequence == 3)
        #expect(at("A", 2027, 7, 1).levels == [.province] && at("A", 2027, 7, 1).change?.decision == "QĐ 2 (đính chính)")
        #expect(at("A", 2027, 7, 1).agency == "UBND cấp xã", "an agency named by an earlier change holds until another is named")
        #expect(changes.competence["A"]?.count == 2)
        #expect(at("B", 2027, 2, 28).notYetInForce == introduced && at("B", 2027, 3, 1).notYetInForce == nil)
        #expect(at("C", 2027, 3, 1) == Competence(levels: [.province], agency: "UBND cấp tỉnh"))
    }

    @Test("What stood before a change comes from the timeline: a change recorded for an earlier day, or one withdrawn, is seen by the later ones")
    func previousFromTimeline() {
        let jan = LocalDate(year: 2027, month: 1, day: 1), jul = LocalDate(year: 2027, month: 7, day: 1)
        // July recorded first (province → commune), then January is decided too (province → province + commune).
        let july = CompetenceChange(code: "A", effective: jul, decision: "QĐ 2", levels: [.commune], previousLevels: [.province], sequence: 1)
        let january = CompetenceChange(code: "A", effective: jan, decision: "QĐ 1", levels: [.province, .commune], previousLevels: [.province],
                                       sequence: 2)
        let both = CatalogueChanges(competence: [july, january], catalogueLevels: { _ in [.province] })
        #expect(both.competence["A"]?.map(\.previousLevels) == [[.province], [.province, .commune]])
        // January withdrawn: July's "before" is the catalogue's again, even if it was recorded while January stood.
        let stale = CompetenceChange(code: "A", effective: jul, decision: "QĐ 2", levels: [.commune], previousLevels: [.province, .commune])
        let alone = CatalogueChanges(competence: [stale], catalogueLevels: { _ in [.province] })
        #expect(alone.competence["A"]?.first?.previousLevels == [.province] && alone.competence["A"]?.first?.movement == .reassigned)
    }

    @Test("Which procedures a level receives on a day: moved ones follow their change, abolished and not-yet-introduced ones are left out")
    func received() throws {
        let moved = try Self.procedure("1.000001", levels: ["Cấp tỉnh"])
        let stays = try Self.procedure("1.000002", levels: ["Cấp xã"])
        let abolished = try Self.procedure("1.000003", levels: ["Cấp xã"])
        let new = try Self.procedure("1.000004", levels: ["Cấp xã"])
        let day = LocalDate(year: 2027, month: 1, day: 1)
        let changes = CatalogueChanges([ProcedureAbolition(code: "1.000003", effective: day, decision: "QĐ 9")], competence: [
            CompetenceChange(code: "1.000001", effective: day, decision: "QĐ 1", levels: [.commune], previousLevels: [.province]),
            CompetenceChange(code: "1.000004", kind: .introduce, effective: day, decision: "QĐ 4", levels: [.commune], previousLevels: []),
        ])
        let all = [moved, stays, abolished, new]
        #expect(changes.received(all, on: day.adding(days: -1), at: [.commune]).map(\.code) == ["1.000002", "1.000003"])
        #expect(changes.received(all, on: day, at: [.commune]).map(\.code) == ["1.000001", "1.000002", "1.000004"])
        #expect(changes.received(all, on: day, at: [.province]).isEmpty)
    }

    @Test("The report counts each procedure once per kind — decentralised, reassigned, another agency, introduced, abolished — in total, by field and by ministry, within the period")
    func report() throws {
        let d = { (m: Int, day: Int) in LocalDate(year: 2026, month: m, day: day) }
        let changes = CatalogueChanges([ProcedureAbolition(code: "E", effective: d(9, 1), decision: "QĐ 5"),
                                        ProcedureAbolition(code: "F", effective: d(12, 1), decision: "QĐ 6")], competence: [
            CompetenceChange(code: "A", effective: d(7, 1), decision: "QĐ 1", levels: [.province], previousLevels: [.central]),
            // A decentralised twice in the period (central → province → commune) counts once as decentralised, once as reassigned.
            CompetenceChange(code: "A", effective: d(8, 1), decision: "QĐ 1b", levels: [.commune], previousLevels: [.province], sequence: 1),
            CompetenceChange(code: "B", effective: d(7, 1), decision: "QĐ 2", levels: [.commune, .central], previousLevels: [.central, .other]),
            CompetenceChange(code: "C", effective: d(8, 15), decision: "QĐ 3", levels: [.central], previousLevels: [.province]),
            CompetenceChange(code: "D", effective: d(9, 1), decision: "QĐ 4", levels: [.province], agency: "Sở Y tế", previousLevels: [.province]),
            CompetenceChange(code: "G", kind: .introduce, effective: d(9, 2), decision: "QĐ 7", levels: [.commune], previousLevels: []),
        ])
        let facts: [String: DecentralisationReport.ProcedureFacts] = [
            "A": .init(name: "A", field: "Hộ tịch", ministry: "Bộ Tư pháp"), "B": .init(name: "B", field: "Hộ tịch", ministry: "Bộ Tư pháp"),
            "C": .init(name: "C", field: "Đất đai", ministry: "Bộ Nông nghiệp và Môi trường"),
            "D": .init(name: "D", field: "Y tế", ministry: "Bộ Y tế"), "E": .init(name: "E", field: "Đất đai", ministry: "Bộ Nông nghiệp và Môi trường"),
            "G": .init(name: "G", field: "Hộ tịch", ministry: "Bộ Tư pháp"),
        ]
        let r = DecentralisationReport(changes: changes, from: d(7, 1), to: d(9, 30)) { facts[$0] }
        #expect(r.totals.counts == [.decentralised: 2, .reassigned: 2, .agencyChanged: 1, .introduced: 1, .abolished: 1])
        #expect(r.totals.total == 6, "A, B, C, D, E, G; F is outside the period")
        #expect(r.items.count == 7 && r.items.first?.code == "A" && !r.items.contains { $0.code == "F" })
        let civil = try #require(r.byField.first { $0.name == "Hộ tịch" })
        #expect(civil.counts == [.decentralised: 2, .reassigned: 1, .agencyChanged: 0, .introduced: 1, .abolished: 0] && civil.total == 3)
        let land = try #require(r.byMinistry.first { $0.name == "Bộ Nông nghiệp và Môi trường" })
        #expect(land.count(.reassigned) == 1 && land.count(.abolished) == 1 && land.total == 2)
        #expect(r.byField.first?.name == "Hộ tịch", "the field with most changes first")
        let narrow = DecentralisationReport(changes: changes, from: d(8, 1), to: d(8, 31)) { facts[$0] }
        #expect(narrow.totals.counts[.reassigned] == 2 && narrow.totals.counts[.decentralised] == 0 && narrow.totals.total == 2)
    }

    @Test("A day named in an officer's question", arguments: [
        ("từ ngày 01/01/2027 thủ tục này có phải của xã không", "2027-01-01"), ("sau 1-7-2027 thì sao", "2027-07-01"),
        ("as of 2027-03-15, is it ours?", "2027-03-15"), ("Ngày 5 tháng 9 năm 2027 ai giải quyết", "2027-09-05"),
        ("ngày 31/02/2027", nil), ("số 0912345678", nil), ("mã hồ sơ 00004-260714-0031", nil),
    ] as [(String, String?)])
    func dateMention(question: String, expected: String?) {
        #expect(ConversationRules.dateMention(in: question)?.description == expected)
    }
}
