import Foundation
import Testing
import VaporTesting
@testable import MotCuaApp
@testable import MotCuaCore

@Suite("Administrative units API")
struct UnitsAPITests {
    @Test("34 provinces and 3,321 communes", arguments: Engine.available)
    func counts(engine: Engine) async throws {
        try await withApp(engine) { app in
            var provinces: [String] = []
            try await app.testing().test(.GET, "api/v1/provinces?asOf=2026-10-01") { res in
                #expect(res.status == .ok)
                let items = res.object["items"] as? [[String: Any]] ?? []
                #expect(items.count == 34)
                provinces = items.compactMap { $0["code"] as? String }
            }
            var communes = 0
            for code in provinces {
                try await app.testing().test(.GET, "api/v1/provinces/\(code)/communes") { res in
                    #expect(res.status == .ok)
                    communes += (res.object["items"] as? [Any])?.count ?? 0
                }
            }
            #expect(communes == 3321)
        }
    }

    @Test("A unit's 'as of' answer changes on its effective date", arguments: Engine.available)
    func asOf(engine: Engine) async throws {
        try await withApp(engine) { app in
            for (code, day, before, after) in [("22", "2026-09-01", "Tỉnh Quảng Ninh", "Thành phố Quảng Ninh"),
                                               ("24", "2026-09-20", "Tỉnh Bắc Ninh", "Thành phố Bắc Ninh")] {
                let previous = LocalDate(iso: day)!.adding(days: -1).description
                try await app.testing().test(.GET, "api/v1/units/\(code)?asOf=\(previous)") { res in
                    #expect(res.object["fullName"] as? String == before)
                    #expect(res.object["type"] as? String == "Tỉnh")
                }
                try await app.testing().test(.GET, "api/v1/units/\(code)?asOf=\(day)") { res in
                    #expect(res.object["fullName"] as? String == after)
                    #expect(res.object["type"] as? String == "Thành phố")
                    #expect((res.object["changes"] as? [Any])?.count == 1)
                }
            }
            try await app.testing().test(.GET, "api/v1/units/00004?asOf=2025-06-30") { res in
                #expect(res.status == .notFound)
                #expect(res.object["code"] as? String == "unit_not_in_force")
            }
        }
    }

    @Test("Unknown codes and malformed dates get a clear error", arguments: Engine.available)
    func errors(engine: Engine) async throws {
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "api/v1/units/99999") { res in
                #expect(res.status == .notFound)
                #expect((res.object["reason"] as? String)?.contains("99999") == true)
            }
            try await app.testing().test(.GET, "api/v1/provinces/00004/communes") { res in
                #expect(res.status == .notFound)
            }
            try await app.testing().test(.GET, "api/v1/provinces?asOf=2026-02-30") { res in
                #expect(res.status == .badRequest)
                #expect((res.object["reason"] as? String)?.contains("YYYY-MM-DD") == true)
            }
            try await app.testing().test(.GET, "api/v1/units/99999", headers: ["Accept-Language": "en"]) { res in
                #expect(res.object["reason"] as? String == "No administrative unit \"99999\".")
            }
            try await app.testing().test(.GET, "api/v1/units") { res in
                #expect(res.status == .badRequest)
            }
            // Blank is missing too, whatever the spaces: a 400 the citizen can read, never a search for nothing.
            for blank in ["+", "%20%20", "%0A", "%09+"] {
                try await app.testing().test(.GET, "api/v1/units?q=\(blank)") { res in
                    #expect(res.status == .badRequest, "\(blank)")
                    #expect(res.body.string.contains("missing_query"), "\(blank)")
                }
            }
        }
    }

    @Test("Unit search works with or without diacritics and with abbreviations", arguments: Engine.available)
    func search(engine: Engine) async throws {
        try await withApp(engine) { app in
            let cases: [(String, String)] = [
                ("p. hong ha", "Phường Hồng Hà"), ("P. Hồng Hà", "Phường Hồng Hà"), ("TP HCM", "Thành phố Hồ Chí Minh"),
                ("tphcm", "Thành phố Hồ Chí Minh"), ("X. Thượng Lâm", "Xã Thượng Lâm"), ("xa thuong lam", "Xã Thượng Lâm"),
                ("ha noi", "Thành phố Hà Nội"), ("dac khu phu quoc", "Đặc khu Phú Quốc"),
            ]
            for (query, expected) in cases {
                let q = query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                try await app.testing().test(.GET, "api/v1/units?q=\(q)&asOf=2026-10-01") { res in
                    #expect(res.status == .ok)
                    let first = (res.object["items"] as? [[String: Any]])?.first
                    #expect(first?["fullName"] as? String == expected, "\(query)")
                }
            }
        }
    }
}

@Suite("Address conversion")
struct AddressConversionTests {
    struct Table: Decodable { let communes: [OldCommune] }

    static func table() throws -> [OldCommune] {
        try JSONDecoder().decode(Table.self, from: Data(contentsOf: dataDirectory.appendingPathComponent("merges-2025.json"))).communes
    }

    @Test("Every one of the 10,033 old units converts to the table's answer")
    func everyOldUnit() async throws {
        let rows = try Self.table()
        #expect(rows.count == 10_033)
        // The one documented correction: the table's 06970 (Xã Ba Chẽ) is 06978 in the units list.
        let corrections = try ReferenceFiles(directory: dataDirectory).codeCorrections()
        #expect(corrections == ["06970": "06978"])
        let snapshot = try await TestDatabases.shared.template(.sqlite)
        for row in rows {
            let converted = try #require(snapshot.converter.convert(oldCommuneCode: row.oldCode))
            #expect(converted.newCommuneCodes == row.newCommuneCodes.map { corrections[$0] ?? $0 })
            #expect(converted.partlyMerged == row.partlyMerged)
            for code in converted.newCommuneCodes {
                #expect(snapshot.units.baseUnits[code] != nil, "new commune \(code) exists")
            }
        }
    }

    @Test("Names typed without diacritics find the old unit")
    func byNameWithoutDiacritics() async throws {
        let rows = try Self.table()
        let snapshot = try await TestDatabases.shared.template(.sqlite)
        var checked = 0
        for row in stride(from: 0, to: rows.count, by: 37).map({ rows[$0] }) {
            let hits = snapshot.converter.convert(commune: VietnameseText.fold(row.oldName),
                                                  district: VietnameseText.fold(row.oldDistrictName),
                                                  province: VietnameseText.fold(row.oldProvinceName))
            #expect(hits.contains { $0.oldCode == row.oldCode }, "\(row.oldName), \(row.oldDistrictName), \(row.oldProvinceName)")
            checked += 1
        }
        #expect(checked > 250)
        // Abbreviations people write on forms.
        #expect(snapshot.converter.convert(commune: "p. phuc xa", district: "q. ba dinh", province: "tp ha noi").map(\.oldCode) == ["00001"])
        #expect(snapshot.converter.convert(commune: "Phường 1", district: "Quận 3", province: "TP HCM").count == 1)
    }

    @Test("Conversion over the API, split units list every candidate", arguments: Engine.available)
    func api(engine: Engine) async throws {
        let split = try #require(try Self.table().first { $0.partlyMerged && $0.newCommuneCodes.count > 1 })
        try await withApp(engine) { app in
            try await app.testing().test(.GET, "api/v1/address/convert?oldCommuneCode=00001") { res in
                #expect(res.status == .ok)
                let match = (res.object["matches"] as? [[String: Any]])?.first
                #expect((match?["newUnits"] as? [[String: Any]])?.first?["code"] as? String == "00097")
            }
            try await app.testing().test(.GET, "api/v1/address/convert?oldCommuneCode=\(split.oldCode)") { res in
                let match = (res.object["matches"] as? [[String: Any]])?.first
                #expect(match?["split"] as? Bool == true)
                #expect((match?["newUnits"] as? [Any])?.count == split.newCommuneCodes.count)
                #expect(res.object["note"] != nil)
            }
            try await app.testing().test(.GET, "api/v1/address/convert?commune=phuc%20xa&district=ba%20dinh&province=ha%20noi") { res in
                #expect(res.status == .ok)
                #expect(res.object["ambiguous"] as? Bool == false)
            }
            try await app.testing().test(.GET, "api/v1/address/convert?oldCommuneCode=abc") { res in
                #expect(res.status == .notFound)
            }
            try await app.testing().test(.GET, "api/v1/address/convert") { res in
                #expect(res.status == .badRequest)
            }
        }
    }
}
