import Foundation
import MotCuaCore
import Vapor

/// `motcua bench`: latency of the hot read paths over the real reference data, and of loading it.
/// Build with `-c release` for meaningful figures.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "rounds", help: "repetitions of each query set (default 50)") var rounds: Int?
        @Flag(name: "json", help: "print JSON") var json: Bool
    }
    var help: String { "Measures catalogue search, unit search, address conversion, deadlines and snapshot loading." }

    struct Figures: Codable {
        let name: String
        let samples: Int
        let p50Ms: Double
        let p95Ms: Double
        let p99Ms: Double
        let maxMs: Double
    }

    static let catalogueQueries = [
        "đăng ký khai sinh", "dang ky khai sinh", "đăng ký kết hôn", "khai tử", "chứng thực bản sao",
        "cấp giấy chứng nhận quyền sử dụng đất", "giấy phép xây dựng", "hộ chiếu", "đăng ký thường trú",
        "thuế thu nhập cá nhân", "hải quan", "đăng ký doanh nghiệp", "xác nhận tình trạng hôn nhân",
        "trich luc ho tich", "cap lai giay khai sinh", "chuyen muc dich su dung dat", "nuoi con nuoi",
        "giám hộ", "đăng ký xe", "giay phep lai xe", "bảo vệ môi trường", "khoáng sản", "thú y",
        "tàu cá", "ngân hàng", "chứng khoán", "đất đai", "nhà ở", "phòng cháy chữa cháy", "vũ khí",
        "căn cước", "cư trú", "lý lịch tư pháp", "hòa giải", "trợ giúp pháp lý", "bồi thường nhà nước",
        "khiếu nại", "tố cáo", "quốc tịch", "con dấu",
    ]

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let rounds = max(1, signature.rounds ?? 50)
        try await prepareReferenceData(app)
        var results: [Figures] = []

        var loads: [Double] = []
        for _ in 0..<5 {
            let t = ContinuousClock.now
            try await reloadReference(app)
            loads.append(Self.ms(ContinuousClock.now - t))
        }
        results.append(Self.figures("snapshot load (database → memory, index built)", loads))
        let snapshot = app.reference.current!

        results.append(Self.measure("catalogue search (2,642 procedures, top 20)", rounds: rounds, inputs: Self.catalogueQueries) {
            _ = snapshot.catalogue.search($0, limit: 20)
        })
        results.append(Self.measure("catalogue search, commune level", rounds: rounds, inputs: Self.catalogueQueries) {
            _ = snapshot.catalogue.search($0, filter: .init(level: .commune), limit: 20)
        })
        let unitQueries = ["p. hong ha", "TP HCM", "X. Thượng Lâm", "ba dinh", "Hoàn Kiếm", "xa tan phu", "dac khu con dao", "phu quoc"]
        results.append(Self.measure("unit search by name", rounds: rounds, inputs: unitQueries) {
            _ = snapshot.units.search($0, asOf: LocalDate(year: 2026, month: 10, day: 1))
        })
        let names = snapshot.converter.rows.prefix(200).map { VietnameseText.fold($0.oldName) }
        results.append(Self.measure("address conversion by old name", rounds: rounds, inputs: Array(names)) {
            _ = snapshot.converter.convert(commune: $0)
        })
        let received = LocalDateTime(date: LocalDate(year: 2026, month: 2, day: 13), hour: 16, minute: 10)
        let times: [ProcessingTime] = [.workingDays(3), .workingDays(15), .workingHours(4), .sameDay, .calendarDays(30)]
        results.append(Self.measure("appointment computation", rounds: rounds * 20, inputs: times) {
            _ = snapshot.calendar.appointment(received: received, time: $0)
        })

        if signature.json { try printJSON(results); return }
        print("motcua bench (\(rounds) rounds; build with -c release for real figures)")
        for r in results {
            print(r.name.padding(toLength: 52, withPad: " ", startingAt: 0)
                  + String(format: "n=%-6d p50 %8.3f ms  p95 %8.3f ms  p99 %8.3f ms  max %8.3f ms", r.samples, r.p50Ms, r.p95Ms, r.p99Ms, r.maxMs))
        }
    }

    static func measure<T>(_ name: String, rounds: Int, inputs: [T], _ body: (T) -> Void) -> Figures {
        for input in inputs { body(input) } // warm up
        var samples: [Double] = []
        samples.reserveCapacity(rounds * inputs.count)
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            for input in inputs {
                let t = clock.now
                body(input)
                samples.append(ms(clock.now - t))
            }
        }
        return figures(name, samples)
    }

    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func figures(_ name: String, _ samples: [Double]) -> Figures {
        let s = samples.sorted()
        func q(_ p: Double) -> Double { s[min(s.count - 1, Int(Double(s.count) * p))] }
        return Figures(name: name, samples: s.count, p50Ms: q(0.5), p95Ms: q(0.95), p99Ms: q(0.99), maxMs: s.last ?? 0)
    }
}
