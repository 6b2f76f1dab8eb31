import Foundation

/// A procedure's steps as the catalogue gives them (a line per cell or paragraph of the source, some spliced mid-
/// sentence by the crawl) turned into steps people can follow: a line that starts in lower case continues the one
/// before it; "-", "•" and "Bước n" open a step; "+", "(i)", "a)" are points under it; everything from "Lưu ý" on
/// is set apart as notes.
public struct ProcedureSteps: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var text: String
        public var points: [String]
    }

    public var steps: [Step]
    public var notes: [String]

    public init(_ lines: [String]) {
        var joined: [String] = []
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            if let last = joined.last, Self.continues(line), !last.hasSuffix(":") {
                joined[joined.count - 1] = last + (last.hasSuffix(" ") ? "" : " ") + line
            } else {
                joined.append(line)
            }
        }
        var steps: [Step] = [], notes: [String] = []
        var inNotes = false
        for line in joined {
            if Self.opensNotes(line) {
                inNotes = true
                let rest = Self.afterNoteHeading(line)
                if !rest.isEmpty { notes.append(rest) }
                continue
            }
            if inNotes { notes.append(Self.stripped(line)); continue }
            if Self.isPoint(line), !steps.isEmpty {
                steps[steps.count - 1].points.append(Self.stripped(line))
            } else if Self.opensStep(line) || steps.isEmpty {
                steps.append(Step(text: Self.stripped(line), points: []))
            } else {
                steps[steps.count - 1].points.append(line)
            }
        }
        self.steps = steps
        self.notes = notes
    }

    /// Starts with a lower-case letter: the rest of a sentence the source cut.
    static func continues(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return first.isLetter && first.isLowercase
    }

    static func opensNotes(_ line: String) -> Bool {
        let folded = VietnameseText.fold(line.trimmingCharacters(in: CharacterSet(charactersIn: "*-• ")))
        return folded.hasPrefix("luu y") || folded.hasPrefix("ghi chu")
    }

    static func afterNoteHeading(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return "" }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    static func opensStep(_ line: String) -> Bool {
        if line.hasPrefix("-") || line.hasPrefix("–") || line.hasPrefix("•") { return true }
        let folded = VietnameseText.fold(line)
        return folded.hasPrefix("buoc ")
    }

    static func isPoint(_ line: String) -> Bool {
        if line.hasPrefix("+") { return true }
        let marker = line.prefix { $0 != " " }
        if marker.hasPrefix("("), marker.hasSuffix(")"), marker.count <= 6 { return true }
        if marker.count == 2, marker.hasSuffix(")"), marker.first?.isLetter == true { return true }
        return false
    }

    /// The text without its list marker ("- ", "+ ", "• "); numbered markers ("(i)", "a)") are kept, they are read.
    static func stripped(_ line: String) -> String {
        var s = Substring(line)
        while let c = s.first, "-–•+* ".contains(c) { s = s.dropFirst() }
        return String(s)
    }
}
