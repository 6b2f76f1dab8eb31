import Foundation

/// English words of administrative life with the catalogue's Vietnamese words for them, so that an English question
/// reaches procedures through the same index as a Vietnamese one. Word-level vocabulary, not procedure names: it
/// translates what a question is about ("pension", "boundary", "overnight guest"), and ranking does the rest.
public struct EnglishGlossary: Sendable {
    /// Folded English phrases (longest first) with their folded Vietnamese words.
    let entries: [(phrase: [Substring], vietnamese: String)]

    public init(_ pairs: [(String, String)]) {
        entries = pairs.map { (VietnameseText.words(VietnameseText.fold($0.0)), VietnameseText.fold($0.1)) }
            .sorted { $0.phrase.count > $1.phrase.count }
    }

    /// Whether a question without diacritics reads as English: most of its words are the glossary's.
    public func readsAsEnglish(_ words: [Substring]) -> Bool {
        guard words.count >= 3 else { return false }
        let (_, rest) = translate(words)
        return Double(words.count - rest.count) >= Double(words.count) * 0.6
    }

    /// The Vietnamese words for the English phrases in `words`, and the words no phrase took.
    public func translate(_ words: [Substring]) -> (vietnamese: [String], rest: [Substring]) {
        var out: [String] = []
        var rest: [Substring] = []
        var i = 0
        next: while i < words.count {
            for e in entries where i + e.phrase.count <= words.count && Array(words[i..<(i + e.phrase.count)]) == e.phrase {
                if !e.vietnamese.isEmpty { out.append(e.vietnamese) }
                i += e.phrase.count
                continue next
            }
            rest.append(words[i]); i += 1
        }
        return (out, rest)
    }

    public static let standard = EnglishGlossary([
        // People and family
        ("child", "con"), ("children", "con"), ("son", "con"), ("daughter", "con"), ("baby", "tre em khai sinh"), ("newborn", "khai sinh"),
        ("father", "cha"), ("dad", "cha"), ("mother", "me"), ("mom", "me"), ("parent", "cha me"), ("parents", "cha me"),
        ("grandfather", ""), ("grandmother", ""), ("wife", "vo"), ("husband", "chong"), ("spouse", "vo chong"),
        ("family", "gia dinh"), ("household", "ho"), ("households", "ho"), ("elderly", "nguoi cao tuoi"), ("disabled", "nguoi khuyet tat"),
        ("foreigner", "nguoi nuoc ngoai"), ("foreign", "nuoc ngoai"), ("abroad", "nuoc ngoai"), ("overseas", "nuoc ngoai"),
        // Civil status
        ("birth", "khai sinh"), ("born", "khai sinh"), ("death", "khai tu"), ("died", "khai tu"), ("passed away", "khai tu"), ("dead", "khai tu"),
        ("marriage", "ket hon"), ("married", "ket hon"), ("marry", "ket hon"), ("wedding", "ket hon"), ("divorce", "ly hon"),
        ("single", "tinh trang hon nhan"), ("marital", "hon nhan"), ("adopt", "nuoi con nuoi"), ("adoption", "nuoi con nuoi"),
        ("guardian", "giam ho"), ("guardianship", "giam ho"), ("paternity", "nhan cha me con"), ("recognise", "cong nhan"), ("recognize", "cong nhan"),
        ("recognised", "cong nhan"), ("recognized", "cong nhan"), ("name", "ho ten"), ("correct", "cai chinh"), ("correction", "cai chinh"),
        ("mistake", "cai chinh"), ("wrong", "cai chinh"), ("extract", "trich luc"), ("civil status", "ho tich"),
        // Identity, residence, travel
        ("id card", "the can cuoc"), ("identity card", "the can cuoc"), ("citizen id", "the can cuoc"), ("chip", "the can cuoc"),
        ("id", "can cuoc"), ("identity", "can cuoc"), ("card", "the"), ("vneid", "tai khoan dinh danh dien tu"),
        ("electronic identification", "dinh danh dien tu"), ("digital id", "dinh danh dien tu"), ("account", "tai khoan"), ("locked", "khoa"),
        ("unlock", "mo khoa"), ("passport", "ho chieu"), ("visa", "thi thuc"), ("residence", "cu tru"), ("resident", "cu tru"),
        ("temporary residence", "tam tru"), ("permanent residence", "thuong tru"), ("temporary", "tam tru"), ("permanent", "thuong tru"),
        ("move", "chuyen"), ("moved", "chuyen"), ("moving", "chuyen"), ("guest", "luu tru"), ("guests", "luu tru"), ("overnight", "luu tru"),
        ("stay", "luu tru"), ("staying", "luu tru"), ("absence", "tam vang"), ("away", "tam vang"), ("split", "tach"), ("separate", "tach"),
        ("renew", "cap doi"), ("renewal", "cap doi"), ("expired", "cap doi het han"), ("expire", "cap doi het han"), ("exchange", "doi"),
        ("replace", "cap lai"), ("replacement", "cap lai"), ("reissue", "cap lai"), ("lost", "cap lai mat"), ("stolen", "cap lai mat"),
        ("damaged", "cap doi hu hong"), ("torn", "cap doi"), ("report", "trinh bao thong bao"),
        // Land, housing, construction
        ("land", "dat"), ("plot", "thua dat"), ("parcel", "thua dat"), ("land use right", "quyen su dung dat"), ("red book", "giay chung nhan quyen su dung dat"),
        ("pink book", "giay chung nhan quyen su dung dat quyen so huu nha o"), ("title", "giay chung nhan"), ("deed", "giay chung nhan"),
        ("boundary", "tranh chap dat dai"), ("dispute", "tranh chap"), ("encroach", "tranh chap dat dai"), ("neighbour", ""), ("neighbor", ""),
        ("mortgage", "the chap bien phap bao dam"), ("loan", "the chap"), ("collateral", "bien phap bao dam"), ("bank", "ngan hang"),
        ("house", "nha o"), ("home", "nha o"), ("apartment", "can ho nha o"), ("build", "xay dung"), ("building", "xay dung"),
        ("construction", "xay dung"), ("renovate", "sua chua cai tao"), ("repair", "sua chua"), ("permit", "giay phep"),
        ("licence", "giay phep"), ("license", "giay phep"), ("inherit", "thua ke"), ("inheritance", "thua ke"), ("will", "di chuc"),
        ("gift", "tang cho"), ("donate", "tang cho"), ("buy", "nhan chuyen nhuong"), ("bought", "nhan chuyen nhuong"),
        ("sell", "chuyen nhuong"), ("sold", "chuyen nhuong"), ("transfer", "chuyen nhuong sang ten"), ("owner", "chu so huu"),
        ("merge", "hop thua"), ("purpose", "muc dich su dung"), ("farmland", "dat nong nghiep"), ("rice", "trong lua"),
        ("forest", "rung"), ("tree", "cay"), ("water", "nuoc"), ("well", "gieng nuoc"), ("irrigation", "thuy loi"),
        // Social insurance and support
        ("pension", "luong huu"), ("retirement", "huu tri"), ("social insurance", "bao hiem xa hoi"), ("health insurance", "bao hiem y te"),
        ("insurance", "bao hiem"), ("unemployment", "that nghiep"), ("allowance", "tro cap"), ("benefit", "che do tro cap"),
        ("benefits", "che do tro cap"), ("on his behalf", "uy quyen linh thay"), ("on her behalf", "uy quyen linh thay"),
        ("on behalf", "uy quyen linh thay"), ("collect", "linh"), ("lump sum", "mot lan"), ("one time", "mot lan"), ("withdraw", "huong mot lan"),
        ("poor", "ho ngheo"), ("poverty", "ho ngheo"), ("near poor", "ho can ngheo"),
        // Business, tax, finance
        ("business", "kinh doanh"), ("shop", "ho kinh doanh"), ("store", "ho kinh doanh"), ("cafe", "ho kinh doanh"), ("stall", "ho kinh doanh"),
        ("company", "doanh nghiep"), ("enterprise", "doanh nghiep"), ("cooperative", "hop tac xa"), ("suspend", "tam ngung"), ("pause", "tam ngung"),
        ("close", "cham dut"), ("closing", "cham dut"), ("tax", "thue"), ("invoice", "hoa don"), ("customs", "hai quan"), ("import", "nhap khau"),
        ("export", "xuat khau"), ("securities", "chung khoan"), ("foreign currency", "ngoai te"),
        // Vehicles and transport
        ("driving licence", "giay phep lai xe"), ("driving license", "giay phep lai xe"), ("driver's license", "giay phep lai xe"),
        ("driver licence", "giay phep lai xe"), ("driving", "lai xe"), ("car", "o to"), ("motorbike", "xe may xe mo to"), ("motorcycle", "xe mo to"),
        ("scooter", "xe may"), ("vehicle", "xe"), ("number plate", "bien so xe"), ("plate", "bien so"), ("boat", "tau thuyen"), ("ship", "tau"),
        ("fishing", "tau ca"), ("truck", "xe o to tai"),
        // Justice and papers
        ("copy", "ban sao"), ("copies", "ban sao"), ("certify", "chung thuc"), ("certified", "chung thuc"), ("notarize", "chung thuc"),
        ("notarise", "chung thuc"), ("notary", "cong chung"), ("signature", "chu ky"), ("translation", "ban dich"), ("contract", "hop dong"),
        ("criminal record", "ly lich tu phap"), ("police record", "ly lich tu phap"), ("background check", "ly lich tu phap"),
        ("complaint", "khieu nai"), ("denounce", "to cao"), ("lawyer", "luat su"), ("mediation", "hoa giai"), ("reconcile", "hoa giai"),
        ("gun", "vu khi"), ("weapon", "vu khi"), ("seal", "con dau"), ("stamp", "con dau"),
        // Verbs and words that say "a procedure" without naming it (dropped)
        ("register", "dang ky"), ("registration", "dang ky"), ("certificate", "giay chung nhan"), ("issue", "cap"), ("issued", "cap"),
        ("apply", ""), ("application", ""), ("get", ""), ("obtain", ""), ("need", ""), ("want", ""), ("have", ""), ("has", ""), ("do", ""),
        ("does", ""), ("did", ""), ("can", ""), ("could", ""), ("should", ""), ("must", ""), ("i", ""), ("my", ""), ("me", ""), ("we", ""),
        ("our", ""), ("the", ""), ("a", ""), ("an", ""), ("to", ""), ("for", ""), ("of", ""), ("in", ""), ("on", ""), ("at", ""), ("and", ""),
        ("or", ""), ("is", ""), ("are", ""), ("was", ""), ("be", ""), ("it", ""), ("this", ""), ("that", ""), ("with", ""), ("how", ""),
        ("what", ""), ("where", ""), ("who", ""), ("which", ""), ("please", ""), ("into", ""), ("two", ""), ("one", ""), ("new", "moi"),
        ("old", ""), ("his", ""), ("her", ""), ("their", ""), ("there", ""), ("about", ""), ("from", ""), ("by", ""), ("as", ""), ("up", ""),
        ("vietnam", ""), ("vietnamese", ""), ("s", ""), ("on his", ""), ("behalf", "uy quyen"), ("last", ""), ("week", ""), ("year", ""), ("yesterday", ""), ("just", ""),
    ])
}
