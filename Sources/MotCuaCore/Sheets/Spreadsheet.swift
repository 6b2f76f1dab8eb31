import Foundation

/// A workbook of plain tables (a header row, then rows of text and numbers), written as the parts of an Office Open XML
/// spreadsheet (.xlsx): the caller zips them. Text is kept inline (no shared-string table), numbers as numbers, the
/// header row bold and frozen, so that a spreadsheet program opens it as a clean table.
public struct Spreadsheet: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]
        public init(name: String, header: [String], rows: [[Cell]]) { self.name = name; self.header = header; self.rows = rows }
    }

    public var sheets: [Sheet]
    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// The files of the package: path → content.
    public var parts: [(path: String, content: String)] {
        let head = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var out: [(String, String)] = []
        let overrides = sheets.indices.map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        out.append(("[Content_Types].xml", head + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + overrides + "</Types>"))
        out.append(("_rels/.rels", head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#))
        let sheetList = sheets.enumerated().map { i, s in
            #"<sheet name="\#(Self.escape(Self.sheetName(s.name)))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }.joined()
        out.append(("xl/workbook.xml", head + #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets>"# + sheetList + "</sheets></workbook>"))
        let sheetRels = sheets.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(rel)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        out.append(("xl/_rels/workbook.xml.rels", head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheetRels + #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#))
        out.append(("xl/styles.xml", head + #"<styleSheet xmlns="\#(main)">"#
            + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
            + "</styleSheet>"))
        for (i, s) in sheets.enumerated() {
            var xml = head + #"<worksheet xmlns="\#(main)"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#
            xml += Self.row(1, s.header.map { .text($0) }, style: 1)
            for (r, cells) in s.rows.enumerated() { xml += Self.row(r + 2, cells, style: 0) }
            xml += "</sheetData></worksheet>"
            out.append(("xl/worksheets/sheet\(i + 1).xml", xml))
        }
        return out
    }

    /// A column's letters: 0 → A, 25 → Z, 26 → AA.
    public static func column(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    private static func row(_ number: Int, _ cells: [Cell], style: Int) -> String {
        var xml = #"<row r="\#(number)">"#
        for (c, cell) in cells.enumerated() {
            let ref = column(c) + String(number)
            let s = style > 0 ? #" s="\#(style)""# : ""
            switch cell {
            case .text(let t): xml += #"<c r="\#(ref)"\#(s) t="inlineStr"><is><t xml:space="preserve">\#(escape(t))</t></is></c>"#
            case .number(let x) where x.isFinite: xml += #"<c r="\#(ref)"\#(s)><v>\#(x)</v></c>"#
            case .number, .empty: continue
            }
        }
        return xml + "</row>"
    }

    /// Text as XML allows it: markup escaped, control characters (which XML 1.0 cannot hold) dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(ch)
            default: if ch.value >= 0x20 && ch.value != 0xFFFE && ch.value != 0xFFFF { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }

    /// A sheet's name as spreadsheet programs take it: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ s: String) -> String {
        let cleaned = String(s.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }
}

extension Spreadsheet.Sheet {
    /// The sheet as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs read Vietnamese), CRLF line ends,
    /// fields quoted when they hold a comma, a quote or a line end; whole numbers without decimals, others with up to four.
    public var csv: String {
        func field(_ s: String) -> String {
            s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" } ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        func cell(_ c: Spreadsheet.Cell) -> String {
            switch c {
            case .text(let t): return field(t)
            case .number(let x) where x.isFinite:
                if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
                var s = String(format: "%.4f", x)
                while s.hasSuffix("0") { s.removeLast() }
                return s
            case .number, .empty: return ""
            }
        }
        var out = "\u{FEFF}" + header.map(field).joined(separator: ",") + "\r\n"
        for r in rows { out += r.map(cell).joined(separator: ",") + "\r\n" }
        return out
    }
}
