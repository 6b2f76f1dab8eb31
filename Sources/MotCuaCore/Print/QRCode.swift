/// A QR code (ISO/IEC 18004) in byte mode, versions 1–10, error correction L or M — enough for the lookup
/// address printed on receipt slips. Pure arithmetic: Reed–Solomon over GF(256), the function patterns,
/// zig-zag placement and the eight masks (the one with the lowest penalty unless one is asked for).
public struct QRCode: Sendable {
    public enum Level: Sendable { case low, medium }

    public let version: Int
    public let size: Int
    /// `modules[row][column]`, true for dark.
    public let modules: [[Bool]]
    public let mask: Int

    public enum Problem: Error, Sendable { case tooLong }

    /// (EC codewords per block, [(blocks, data codewords per block)]) for versions 1–10.
    private static let low: [(Int, [(Int, Int)])] = [
        (7, [(1, 19)]), (10, [(1, 34)]), (15, [(1, 55)]), (20, [(1, 80)]), (26, [(1, 108)]),
        (18, [(2, 68)]), (20, [(2, 78)]), (24, [(2, 97)]), (30, [(2, 116)]), (18, [(2, 68), (2, 69)]),
    ]
    private static let medium: [(Int, [(Int, Int)])] = [
        (10, [(1, 16)]), (16, [(1, 28)]), (26, [(1, 44)]), (18, [(2, 32)]), (24, [(2, 43)]),
        (16, [(4, 27)]), (18, [(4, 31)]), (22, [(2, 38), (2, 39)]), (22, [(3, 36), (2, 37)]), (26, [(4, 43), (1, 44)]),
    ]
    private static let alignment: [[Int]] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]]

    public init(text: String, level: Level = .medium, version wanted: Int? = nil, mask wantedMask: Int? = nil) throws(Problem) {
        let bytes = Array(text.utf8)
        let table = level == .low ? Self.low : Self.medium
        func capacity(_ v: Int) -> Int { table[v - 1].1.reduce(0) { $0 + $1.0 * $1.1 } }
        func needed(_ v: Int) -> Int { (4 + (v < 10 ? 8 : 16) + 8 * bytes.count + 7) / 8 }
        guard let version = wanted ?? (1...10).first(where: { needed($0) <= capacity($0) }), needed(version) <= capacity(version) else {
            throw .tooLong
        }
        self.version = version
        size = 17 + 4 * version

        // Data bits: mode, count, bytes, terminator, padding.
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for b in bytes { append(Int(b), 8) }
        let dataCapacity = capacity(version) * 8
        append(0, min(4, dataCapacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var data: [UInt8] = stride(from: 0, to: bits.count, by: 8).map { i in (0..<8).reduce(UInt8(0)) { $0 << 1 | (bits[i + $1] ? 1 : 0) } }
        var pad: UInt8 = 0xEC
        while data.count < capacity(version) { data.append(pad); pad = pad == 0xEC ? 0x11 : 0xEC }

        // Blocks with their error correction, interleaved.
        let (ecCount, groups) = table[version - 1]
        var blocks: [[UInt8]] = []
        var offset = 0
        for (count, length) in groups { for _ in 0..<count { blocks.append(Array(data[offset..<offset + length])); offset += length } }
        let generator = Self.generator(ecCount)
        let ecBlocks = blocks.map { Self.remainder($0, generator) }
        var codewords: [UInt8] = []
        for i in 0..<(blocks.map(\.count).max() ?? 0) { for b in blocks where i < b.count { codewords.append(b[i]) } }
        for i in 0..<ecCount { for e in ecBlocks { codewords.append(e[i]) } }

        var grid = Grid(size: size)
        grid.drawFunctionPatterns(version: version, alignment: Self.alignment[version - 1])
        grid.drawCodewords(codewords)
        let ecBits = level == .low ? 1 : 0
        var best: (Int, Grid, Int)?
        for m in wantedMask.map({ [$0] }) ?? Array(0..<8) {
            var candidate = grid
            candidate.applyMask(m)
            candidate.drawFormat(ecBits: ecBits, mask: m)
            let penalty = wantedMask == nil ? candidate.penalty() : 0
            if best == nil || penalty < best!.0 { best = (penalty, candidate, m) }
        }
        modules = best!.1.dark
        mask = best!.2
    }

    // MARK: Reed–Solomon over GF(256), x^8 + x^4 + x^3 + x^2 + 1

    private static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var result = 0
        let x = Int(a)
        for i in stride(from: 7, through: 0, by: -1) {
            result = (result << 1) ^ ((result >> 7) * 0x11D)
            if (Int(b) >> i) & 1 == 1 { result ^= x }
        }
        return UInt8(result & 0xFF)
    }

    private static func generator(_ degree: Int) -> [UInt8] {
        var g = [UInt8](repeating: 0, count: degree)
        g[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                g[j] = multiply(g[j], root)
                if j + 1 < degree { g[j] ^= g[j + 1] }
            }
            root = multiply(root, 2)
        }
        return g
    }

    private static func remainder(_ data: [UInt8], _ g: [UInt8]) -> [UInt8] {
        var r = [UInt8](repeating: 0, count: g.count)
        for b in data {
            let factor = b ^ r.removeFirst()
            r.append(0)
            for i in 0..<g.count { r[i] ^= multiply(g[i], factor) }
        }
        return r
    }

    /// The code as an SVG image (with the four-module quiet zone), one path of dark squares.
    public func svg(moduleSize: Int = 4) -> String {
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        let side = size + 8
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(side * moduleSize)\" height=\"\(side * moduleSize)\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }
}

/// The module grid while a code is being built.
private struct Grid {
    let size: Int
    var dark: [[Bool]]
    var function: [[Bool]]

    init(size: Int) {
        self.size = size
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        function = dark
    }

    mutating func set(_ x: Int, _ y: Int, _ value: Bool) {
        dark[y][x] = value
        function[y][x] = true
    }

    mutating func drawFunctionPatterns(version: Int, alignment: [Int]) {
        for i in 0..<size { set(6, i, i % 2 == 0); set(i, 6, i % 2 == 0) }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 { for dx in -4...4 {
                let x = cx + dx, y = cy + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let d = max(abs(dx), abs(dy))
                set(x, y, d != 2 && d != 4)
            } }
        }
        let n = alignment.count
        for i in 0..<n { for j in 0..<n where !((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0)) {
            for dy in -2...2 { for dx in -2...2 { set(alignment[i] + dx, alignment[j] + dy, max(abs(dx), abs(dy)) != 1) } }
        } }
        drawFormat(ecBits: 0, mask: 0)   // reserve the format areas
        if version >= 7 {
            var rem = version
            for _ in 0..<12 { rem = (rem << 1) ^ ((rem >> 11) * 0x1F25) }
            let bits = version << 12 | rem
            for i in 0..<18 {
                let bit = (bits >> i) & 1 == 1
                let a = size - 11 + i % 3, b = i / 3
                set(a, b, bit)
                set(b, a, bit)
            }
        }
    }

    mutating func drawFormat(ecBits: Int, mask: Int) {
        let data = ecBits << 3 | mask
        var rem = data
        for _ in 0..<10 { rem = (rem << 1) ^ ((rem >> 9) * 0x537) }
        let bits = (data << 10 | rem) ^ 0x5412
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, bit(i)) }
        set(8, 7, bit(6)); set(8, 8, bit(7)); set(7, 8, bit(8))
        for i in 9..<15 { set(14 - i, 8, bit(i)) }
        for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
        set(8, size - 8, true)
    }

    mutating func drawCodewords(_ codewords: [UInt8]) {
        var i = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vert in 0..<size {
                for j in 0..<2 {
                    let x = right - j
                    let upward = ((right + 1) & 2) == 0
                    let y = upward ? size - 1 - vert : vert
                    if !function[y][x] && i < codewords.count * 8 {
                        dark[y][x] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
                    }
                }
            }
            right -= 2
        }
    }

    mutating func applyMask(_ m: Int) {
        for y in 0..<size { for x in 0..<size where !function[y][x] {
            let flip: Bool
            switch m {
            case 0: flip = (x + y) % 2 == 0
            case 1: flip = y % 2 == 0
            case 2: flip = x % 3 == 0
            case 3: flip = (x + y) % 3 == 0
            case 4: flip = (x / 3 + y / 2) % 2 == 0
            case 5: flip = x * y % 2 + x * y % 3 == 0
            case 6: flip = (x * y % 2 + x * y % 3) % 2 == 0
            default: flip = ((x + y) % 2 + x * y % 3) % 2 == 0
            }
            if flip { dark[y][x].toggle() }
        } }
    }

    /// The standard penalty: runs of five or more, 2×2 blocks, finder-like patterns, imbalance of dark modules.
    func penalty() -> Int {
        var score = 0
        func lines(_ horizontal: Bool) -> [[Bool]] {
            horizontal ? dark : (0..<size).map { x in (0..<size).map { dark[$0][x] } }
        }
        for horizontal in [true, false] {
            for line in lines(horizontal) {
                var run = 1
                for i in 1..<size {
                    if line[i] == line[i - 1] { run += 1 } else { if run >= 5 { score += run - 2 }; run = 1 }
                }
                if run >= 5 { score += run - 2 }
                let padded = [Bool](repeating: false, count: 4) + line + [Bool](repeating: false, count: 4)
                let pattern: [Bool] = [true, false, true, true, true, false, true]
                // A 1:1:3:1:1 pattern counts once with four light modules before it (and one after), and once
                // with four after it (and one before); outside the symbol counts as light.
                for i in 4...(padded.count - 11) where Array(padded[i..<i + 7]) == pattern {
                    let lightBefore = padded[(i - 4)..<i].allSatisfy { !$0 }
                    let lightAfter = padded[(i + 7)..<(i + 11)].allSatisfy { !$0 }
                    if lightBefore && !padded[i + 7] { score += 40 }
                    if lightAfter && !padded[i - 1] { score += 40 }
                }
            }
        }
        for y in 0..<(size - 1) { for x in 0..<(size - 1) {
            let c = dark[y][x]
            if c == dark[y][x + 1] && c == dark[y + 1][x] && c == dark[y + 1][x + 1] { score += 3 }
        } }
        let total = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let k = (abs(total * 20 - size * size * 10) + size * size - 1) / (size * size) - 1
        score += max(0, k) * 10
        return score
    }
}
