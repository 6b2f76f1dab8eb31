import Foundation

/// The shorthand of Vietnamese chat ("ko" for "không", "ntn" for "như thế nào", "mk" for "mình", "10t" for "10 tuổi"), written
/// out before a question is read, so that "mất bn tiền" is a cost and not a loss and "bà nội e mất r" a death; and the South's
/// "hông", "dzậy"; "bh" is "bao giờ" unless it follows what is done with insurance ("đóng bh"). Only the shorthand itself is
/// written out, and only in a question that is not in English; a letter after "hạng", "loại", "cấp" is a class ("bằng lái
/// hạng e"), not a word.
public enum ChatShorthand {
    /// Shorthand and the words it stands for, as they are written.
    static let words: [String: [String]] = {
        let table: [(String, String)] = [
            ("ko", "không"), ("k", "không"), ("kh", "không"), ("khg", "không"), ("hok", "không"), ("hem", "không"), ("kô", "không"),
            ("dc", "được"), ("đc", "được"), ("j", "gì"), ("z", "vậy"), ("v", "vậy"), ("ntn", "như thế nào"), ("bh", "bao giờ"),
            ("trc", "trước"), ("ng", "người"), ("ngta", "người ta"), ("vs", "với"), ("mn", "mọi người"), ("mk", "mình"), ("mik", "mình"),
            ("mjk", "mình"), ("e", "em"), ("r", "rồi"), ("cx", "cũng"), ("cg", "cũng"), ("lm", "làm"), ("ms", "mới"), ("mun", "muốn"),
            ("mún", "muốn"), ("bit", "biết"), ("bik", "biết"), ("thui", "thôi"), ("wa", "qua"), ("cty", "công ty"), ("sdt", "số điện thoại"),
            ("sđt", "số điện thoại"), ("hnay", "hôm nay"), ("nc", "nước"), ("dag", "đang"), ("đag", "đang"), ("ik", "đi"), ("tk", "tài khoản"),
            ("nhìu", "nhiều"), ("nhiu", "nhiều"), ("bnhieu", "bao nhiêu"), ("bnh", "bao nhiêu"),
            // The South's way of saying them
            ("hông", "không"), ("hổng", "không"), ("dzậy", "vậy"), ("zậy", "vậy"), ("dzay", "vậy"), ("zay", "vậy"),
            ("dzô", "vô"), ("zô", "vô"),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { ($0.0, $0.1.split(separator: " ").map(String.init)) })
    }()

    /// After these "bn" asks how much or how long ("mất bn tiền", "hết bn ngày"); before these too ("bn tiền", "bn lâu").
    static let amountBefore: Set<String> = ["mat", "het", "ton", "la", "phi", "tra", "gia", "khoang", "duoc"]
    static let amountAfter: Set<String> = ["tien", "ngay", "lau", "thang", "tuan", "tuoi", "phi", "nam", "k", "ko", "khong", "dong", "lan"]

    /// After these "bh" is insurance ("đóng bh", "rút bh", "sổ bh"), not "bao giờ".
    static let insuranceBefore: Set<String> = ["dong", "rut", "nop", "mua", "loai", "so", "the", "lanh", "linh", "huong", "tham"]

    /// Words after which a single letter names a class (a driving licence's, a building's), not a word.
    static let classWords: Set<String> = ["hang", "loai", "cap", "nhom", "muc"]

    /// The words (lowercased, as split by ``VietnameseText/lowerWords(_:)``) with shorthand written out.
    public static func expand(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count + 4)
        for (i, w) in words.enumerated() {
            if w == "bh", i > 0, Self.insuranceBefore.contains(VietnameseText.fold(words[i - 1])) {
                out += ["bảo", "hiểm"]
            } else if w == "bn" {
                let before = i > 0 ? VietnameseText.fold(words[i - 1]) : "", after = i + 1 < words.count ? VietnameseText.fold(words[i + 1]) : ""
                out += amountBefore.contains(before) || amountAfter.contains(after) ? ["bao", "nhiêu"] : ["bạn"]
            } else if let full = Self.words[w], !(w.count == 1 && i > 0 && Self.classWords.contains(VietnameseText.fold(words[i - 1]))) {
                out += full
            } else if let age = Self.age(w) {
                out += [age, "tuổi"]
            } else {
                out.append(w)
            }
        }
        return out
    }

    /// "10t", "15tuoi": an age written with its number.
    static func age(_ word: String) -> String? {
        for suffix in ["tuoi", "tuổi", "t"] where word.hasSuffix(suffix) {
            let number = word.dropLast(suffix.count)
            if !number.isEmpty, number.count <= 3, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) { return String(number) }
        }
        return nil
    }
}
