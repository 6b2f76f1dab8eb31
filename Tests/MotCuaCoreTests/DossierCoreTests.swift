import Testing
@testable import MotCuaCore

@Suite("Dossier rules")
struct DossierCoreTests {
    @Test("Citizen ID numbers are checked by structure")
    func citizenID() {
        #expect((try? CitizenID.validate("001203012345", currentYear: 2026).get())?.yearOfBirth == 2003)
        #expect((try? CitizenID.validate("079 085 012 345", currentYear: 2026).get())?.yearOfBirth == 1985)
        #expect(CitizenID.validate("00120301234", currentYear: 2026) == .failure(.notTwelveDigits))
        #expect(CitizenID.validate("00120301234a", currentYear: 2026) == .failure(.notTwelveDigits))
        #expect(CitizenID.validate("003203012345", currentYear: 2026) == .failure(.unknownProvince))
        #expect(CitizenID.validate("001403012345", currentYear: 2026) == .failure(.impossibleCentury))
        #expect(CitizenID.validate("001230012345", currentYear: 2026) == .failure(.bornInFuture))
        #expect(CitizenID(digits: "001203012345").masked == "•••••••••345")
        #expect(PhoneNumber.normalise("+84 912 345 678") == "0912345678")
        #expect(PhoneNumber.normalise("84912345678") == "0912345678")
        #expect(PhoneNumber.normalise("0012345678") == nil)
    }

    @Test("Every state maps to a national code 1–10 and final states have no way out")
    func nationalCodes() {
        #expect(Set(DossierState.allCases.map(\.nationalCode)) == Set(1...10))
        for state in DossierState.allCases where state.isFinal {
            for action in DossierAction.allCases {
                #expect(!DossierLifecycle.sources(of: action).contains(state), "\(action) leaves final state \(state)")
            }
        }
    }

    @Test("Only legal transitions, and only by the roles allowed")
    func transitions() {
        #expect(DossierLifecycle.next(from: .submitted, action: .receive, role: .counterOfficer) == .success(.received))
        #expect(DossierLifecycle.next(from: .received, action: .receive, role: .counterOfficer) == .failure(.illegal(from: .received, action: .receive)))
        #expect(DossierLifecycle.next(from: .submitted, action: .receive, role: .specialist) == .failure(.roleNotAllowed(role: .specialist, action: .receive)))
        #expect(DossierLifecycle.next(from: .awaitingApproval, action: .approve, role: .leader) == .success(.completed))
        #expect(DossierLifecycle.next(from: .awaitingApproval, action: .approve, role: .supervisor) == .failure(.roleNotAllowed(role: .supervisor, action: .approve)))
        #expect(DossierLifecycle.next(from: .supplementRequested, action: .supplement, role: .citizen, resume: .submitted) == .success(.submitted))
        #expect(DossierLifecycle.next(from: .processing, action: .submitForApproval, role: .specialist, partsLeft: 2) == .failure(.partsOutstanding(2)))
        #expect(DossierLifecycle.next(from: .processing, action: .completePart, role: .specialist, partsLeft: 1) == .success(.awaitingApproval))
        #expect(DossierLifecycle.next(from: .processing, action: .apologise, role: .leader) == .success(.processing))
        // The applicant's own steps are never the administrator's.
        #expect(!DossierLifecycle.roles(for: .withdraw).contains(.administrator))
    }

    @Test("The clock: pause and resume keep the working time left; one apology; outcome classes")
    func clock() {
        let cal = WorkingCalendar()
        var c = DossierClock()
        let received = LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 2), hour: 9, minute: 0)
        c.receive(at: received, time: .workingDays(8), calendar: cal)
        #expect(c.appointment?.description == "2026-03-12T09:00:00+07:00")
        c.pause(at: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 4), hour: 9, minute: 0), calendar: cal, countsAsSupplement: true)
        #expect(c.urgency(at: received, calendar: cal).0 == .paused)
        c.resume(at: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 9), hour: 9, minute: 0), calendar: cal)
        #expect(c.due?.description == "2026-03-17T09:00:00+07:00")
        func error(_ r: Result<Void, TransitionError>) -> TransitionError? { if case .failure(let e) = r { return e } else { return nil } }
        #expect(error(c.apologise(newAppointment: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 16), hour: 9, minute: 0))) == .newAppointmentNotLater)
        #expect(error(c.apologise(newAppointment: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 20), hour: 9, minute: 0))) == nil)
        #expect(error(c.apologise(newAppointment: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 25), hour: 9, minute: 0))) == .alreadyApologised)
        var onTime = c
        onTime.end(at: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 17), hour: 8, minute: 0))
        #expect(onTime.outcome == .onTime)
        var late = c
        late.end(at: LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 18), hour: 8, minute: 0))
        #expect(late.outcome == .late, "an apology does not make a late dossier on time")
        let nearDue = LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 19), hour: 14, minute: 0)
        #expect(c.urgency(at: nearDue, calendar: cal).0 == .nearDue)
    }

    @Test("Grants: fields limit specialists, decisions belong to the competent unit, seconded officers act in both units")
    func access() {
        let land = DossierScope(receivingUnit: "00004", competentUnit: "00008", provinceCode: "01", field: "Đất đai")
        let landSpecialist = RoleGrant(role: .specialist, unitCode: "00008", provinceCode: "01", fields: ["Đất đai"])
        let civilSpecialist = RoleGrant(role: .specialist, unitCode: "00008", provinceCode: "01", fields: ["Hộ tịch"])
        #expect(AccessRules.role(for: .submitForApproval, grants: [landSpecialist], scope: land) == .specialist)
        #expect(AccessRules.role(for: .submitForApproval, grants: [civilSpecialist], scope: land) == nil)
        let receivingLeader = RoleGrant(role: .leader, unitCode: "00004", provinceCode: "01")
        #expect(AccessRules.canView([receivingLeader], land))
        #expect(AccessRules.role(for: .approve, grants: [receivingLeader], scope: land) == nil)
        let receivingCounter = RoleGrant(role: .counterOfficer, unitCode: "00004", provinceCode: "01", fields: ["Hộ tịch"])
        #expect(AccessRules.role(for: .returnResult, grants: [receivingCounter], scope: land) == .counterOfficer, "counter officers cover every field")
        let seconded = [RoleGrant(role: .specialist, unitCode: "01", provinceCode: "01"), RoleGrant(role: .specialist, unitCode: "00376", provinceCode: "01")]
        #expect(AccessRules.canView(seconded, DossierScope(receivingUnit: "00376", competentUnit: "00376", provinceCode: "01", field: "Hộ tịch")))
        #expect(!AccessRules.canView(seconded, land))
        let supervisor = RoleGrant(role: .supervisor, unitCode: "01", provinceCode: "01")
        #expect(AccessRules.canView([supervisor], land) && AccessRules.role(for: .approve, grants: [supervisor], scope: land) == nil)
        #expect(!AccessRules.canView([RoleGrant(role: .supervisor, unitCode: "79", provinceCode: "79")], land))
    }

    @Test("Dossier codes")
    func codes() {
        #expect(DossierCode.make(unit: "00004", date: LocalDate(year: 2026, month: 2, day: 13), sequence: 7) == "00004-260213-0007")
        #expect(DossierCode.make(unit: "00004", date: LocalDate(year: 2026, month: 2, day: 13), sequence: 12345) == "00004-260213-12345")
        #expect(DossierCode.isWellFormed("000.00.14.H56-200203-0118"))
        #expect(!DossierCode.isWellFormed("../../etc/passwd"))
        #expect(!DossierCode.isWellFormed("00004-2602-0001"))
    }
}

@Suite("Service ratings")
struct ServiceRatingTests {
    @Test("A rating only for an ended dossier, once, with a reason when dissatisfied, and a bounded comment")
    func rules() {
        #expect(FeedbackRules.check(state: .processing, alreadyRated: false, rating: .satisfied, comment: nil) == .notEnded(.processing))
        #expect(FeedbackRules.check(state: .completed, alreadyRated: false, rating: .satisfied, comment: nil) == .notEnded(.completed),
                "processed but not yet handed back: not rated yet")
        #expect(FeedbackRules.check(state: .returned, alreadyRated: true, rating: .satisfied, comment: nil) == .alreadyRated)
        #expect(FeedbackRules.check(state: .returned, alreadyRated: false, rating: .dissatisfied, comment: "  \n") == .reasonRequired)
        #expect(FeedbackRules.check(state: .withdrawn, alreadyRated: false, rating: .satisfied,
                                    comment: String(repeating: "a", count: FeedbackRules.maxComment + 1)) == .commentTooLong)
        #expect(FeedbackRules.check(state: .returned, alreadyRated: false, rating: .dissatisfied, comment: "Phải đi lại hai lần") == nil)
        #expect(FeedbackRules.check(state: .notAccepted, alreadyRated: false, rating: .verySatisfied, comment: nil) == nil)
    }

    @Test("Agency identifiers: the four-group form, one per unit, one unit per identifier, problems named by line")
    func agencyIdentifiers() throws {
        #expect(AgencyIdentifiers.isWellFormed("000.00.14.H56"))
        for bad in ["000.00.14.h56", "00.00.14.H56", "000.00.14.H5", "000.00.14", "000.00.14.H56.1", "000.0a.14.H56", ""] {
            #expect(!AgencyIdentifiers.isWellFormed(bad), "\(bad)")
        }
        #expect(try AgencyIdentifiers.parse("unit,agency_id\n# Hà Nội\n00004, 000.32.01.H26\n\n01,000.00.00.H26\n").get()
                == ["00004": "000.32.01.H26", "01": "000.00.00.H26"])
        #expect(AgencyIdentifiers.parse("00004,000.32.01.H26\n00008,000.32.01.H26") == .failure(.init(line: 2, message: "000.32.01.H26 is already the identifier of unit 00004")))
        #expect(AgencyIdentifiers.parse("00004,000.32.01.H26\n00004,000.32.02.H26") == .failure(.init(line: 2, message: "unit 00004 is listed twice")))
        #expect(AgencyIdentifiers.parse("00004;000.32.01.H26") == .failure(.init(line: 1, message: "expected `unit code,identifier`")))
        #expect(AgencyIdentifiers.parse("00004,H26") == .failure(.init(line: 1, message: "H26 is not an agency identifier like 000.00.14.H56")))
        #expect(DossierCode.make(unit: "000.00.14.H56", date: LocalDate(year: 2020, month: 2, day: 3), sequence: 118) == "000.00.14.H56-200203-0118")
        #expect(DossierCode.isWellFormed("000.00.14.H56-200203-0118"))
    }
}
