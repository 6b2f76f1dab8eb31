/// The assistant's page: the conversation so far (answers split into paragraphs and lists, procedure pages
/// linked) and the question box.
struct AssistantPage: Encodable {
    struct Segment: Encodable { let text: String; let href: String? }
    struct Block: Encodable { let isList: Bool; let lines: [[Segment]] }
    struct Turn: Encodable { let question: String; let blocks: [Block]; let sources: [Segment]? }

    let conversation: String?
    let hasTurns: Bool
    let turns: [Turn]
    let commune: String

    init(conversation: String?, turns: [(question: String, answer: String, codes: [String])], commune: String) {
        self.conversation = conversation
        self.turns = turns.map { t in
            Turn(question: t.question, blocks: Self.blocks(t.answer),
                 sources: t.codes.isEmpty ? nil : t.codes.map { Segment(text: $0, href: SiteRoute.procedure.path($0)) })
        }
        hasTurns = !turns.isEmpty
        self.commune = commune
    }

    /// Lines starting "- " become list items; a `/thu-tuc/<code>` in a line becomes a link.
    static func blocks(_ text: String) -> [Block] {
        var out: [Block] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let isItem = raw.hasPrefix("- ")
            let line = segments(String(isItem ? raw.dropFirst(2) : raw))
            if isItem, let last = out.last, last.isList {
                out[out.count - 1] = Block(isList: true, lines: last.lines + [line])
            } else {
                out.append(Block(isList: isItem, lines: [line]))
            }
        }
        return out
    }

    static func segments(_ line: String) -> [Segment] {
        guard let range = line.range(of: "/thu-tuc/") else { return [Segment(text: line, href: nil)] }
        let end = line[range.upperBound...].firstIndex { !$0.isNumber && $0 != "." } ?? line.endIndex
        var code = String(line[range.upperBound..<end])
        while code.hasSuffix(".") { code.removeLast() }
        guard !code.isEmpty else { return [Segment(text: line, href: nil)] }
        let path = SiteRoute.procedure.path(code)
        let after = line.index(range.upperBound, offsetBy: code.count)
        return [Segment(text: String(line[..<range.lowerBound]), href: nil), Segment(text: path, href: path)]
            + segments(String(line[after...]))
    }
}
