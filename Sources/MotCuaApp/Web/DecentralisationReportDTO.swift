import MotCuaCore
import Vapor

/// `GET /api/v1/decentralisation/report`: procedures moved between levels over a period, in total, by field and by
/// managing ministry, with every change listed.
struct DecentralisationReportDTO: Content {
    struct Tally: Content {
        /// The field or ministry ("" for the total).
        let name: String
        let decentralised: Int
        let reassigned: Int
        let agencyChanged: Int
        let introduced: Int
        let abolished: Int
        /// Distinct procedures with any change.
        let total: Int

        init(_ t: DecentralisationReport.Tally) {
            name = t.name; decentralised = t.count(.decentralised); reassigned = t.count(.reassigned)
            agencyChanged = t.count(.agencyChanged); introduced = t.count(.introduced); abolished = t.count(.abolished); total = t.total
        }
    }

    struct Item: Content {
        let code: String
        let name: String
        let field: String
        let ministry: String
        /// decentralised, reassigned, agencyChanged, introduced or abolished.
        let kind: String
        let effective: String
        let decision: String
        let from: [String]
        let to: [String]
        let agency: String?
        let url: String
    }

    let from: String
    let to: String
    let totals: Tally
    let byField: [Tally]
    let byMinistry: [Tally]
    let items: [Item]

    init(_ r: DecentralisationReport) {
        from = r.from.description; to = r.to.description
        totals = Tally(r.totals); byField = r.byField.map(Tally.init); byMinistry = r.byMinistry.map(Tally.init)
        items = r.items.map {
            Item(code: $0.code, name: $0.name, field: $0.field, ministry: $0.ministry, kind: $0.kind.rawValue, effective: $0.effective.description,
                 decision: $0.decision, from: $0.from.map(\.rawValue), to: $0.to.map(\.rawValue), agency: $0.agency, url: "/thu-tuc/\($0.code)")
        }
    }
}

extension DecentralisationReportDTO {
    /// The report as a workbook: the counts by field and by ministry, then every change.
    var sheets: [Spreadsheet.Sheet] {
        let header = ["Nhóm", "Tên", "Phân cấp TW → địa phương", "Điều chỉnh cấp", "Đổi cơ quan", "Thủ tục mới", "Bãi bỏ", "Tổng số thủ tục"]
        func row(_ group: String, _ t: Tally) -> [Spreadsheet.Cell] {
            [.text(group), .text(t.name)] + [t.decentralised, t.reassigned, t.agencyChanged, t.introduced, t.abolished, t.total].map { .number(Double($0)) }
        }
        let counts = [row("Tổng", totals)] + byField.map { row("Lĩnh vực", $0) } + byMinistry.map { row("Bộ, ngành", $0) }
        let items = self.items.map { i -> [Spreadsheet.Cell] in
            [.text(i.effective), .text(i.code), .text(i.name), .text(i.field), .text(i.ministry), .text(i.kind),
             .text(i.from.joined(separator: ", ")), .text(i.to.joined(separator: ", ")), .text(i.agency ?? ""), .text(i.decision)]
        }
        return [Spreadsheet.Sheet(name: "Tổng hợp \(from) – \(to)", header: header, rows: counts),
                Spreadsheet.Sheet(name: "Danh sách thay đổi", header: ["Hiệu lực", "Mã", "Thủ tục", "Lĩnh vực", "Bộ, ngành", "Loại", "Cấp trước",
                                                                       "Cấp sau", "Cơ quan có thẩm quyền", "Văn bản"], rows: items)]
    }
}
