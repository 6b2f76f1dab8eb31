import Fluent
import Foundation
import MotCuaCore
import Vapor

/// `motcua qr`: the QR code MotCua prints on receipt slips, as rows of 0 and 1 (or SVG), for checking against other encoders.
struct QRCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "text") var text: String?
        @Option(name: "level", help: "L or M (default M)") var level: String?
        @Option(name: "version", help: "1–10 (default: the smallest that fits)") var version: Int?
        @Option(name: "mask", help: "0–7 (default: the lowest penalty)") var mask: Int?
        @Flag(name: "svg") var svg: Bool
    }
    var help: String { "Encodes text as a QR code (byte mode, versions 1–10)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let text = signature.text else { throw CLIError("usage: motcua qr --text TEXT [--level L|M] [--version V] [--mask M] [--svg]") }
        if let v = signature.version, !(1...10).contains(v) { throw CLIError("--version must be 1 to 10") }
        if let m = signature.mask, !(0...7).contains(m) { throw CLIError("--mask must be 0 to 7") }
        let level: QRCode.Level
        switch signature.level?.uppercased() ?? "M" {
        case "L": level = .low
        case "M": level = .medium
        default: throw CLIError("--level must be L or M")
        }
        let code: QRCode
        do { code = try QRCode(text: text, level: level, version: signature.version, mask: signature.mask) } catch {
            throw CLIError("the text is too long for the version asked (at most version 10)")
        }
        if signature.svg { print(code.svg()); return }
        print("version \(code.version) mask \(code.mask)")
        for row in code.modules { print(String(row.map { $0 ? "1" : "0" })) }
    }
}
