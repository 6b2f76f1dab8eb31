import Foundation
import MotCuaCore
import Vapor
import ZIPFoundation

/// A table sent as a download: CSV (its first sheet) or an XLSX workbook zipped with ZIPFoundation.
enum SpreadsheetResponse {
    static func make(_ workbook: Spreadsheet, format: String, fileName: String) throws -> Response {
        let response: Response
        switch format {
        case "csv":
            response = Response(status: .ok, body: .init(string: workbook.sheets.first?.csv ?? ""))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        default:
            response = Response(status: .ok, body: .init(data: try xlsx(workbook)))
            response.headers.contentType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        }
        response.headers.contentDisposition = .init(.attachment, filename: "\(fileName).\(format)")
        return response
    }

    /// The workbook's parts, deflated into one archive in memory.
    static func xlsx(_ workbook: Spreadsheet) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in workbook.parts {
            let bytes = Data(part.content.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Abort(.internalServerError, reason: "the spreadsheet archive was not built") }
        return data
    }
}
