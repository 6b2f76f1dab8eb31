import Foundation

/// The ministries and agencies that publish procedures in the national catalogue, by the slug the crawl uses.
public enum Ministry {
    static let names: [String: String] = [
        "bo-cong-an": "Bộ Công an",
        "bo-nong-nghiep-mt": "Bộ Nông nghiệp và Môi trường",
        "bo-tai-chinh": "Bộ Tài chính",
        "bo-tu-phap": "Bộ Tư pháp",
        "bo-xay-dung": "Bộ Xây dựng",
        "ngan-hang-nha-nuoc": "Ngân hàng Nhà nước Việt Nam",
        "toa-an-nhan-dan": "Tòa án nhân dân",
    ]

    /// The ministry's name for a slug ("bo-tu-phap" → "Bộ Tư pháp"); an unknown slug is returned as it is.
    public static func name(_ slug: String) -> String { names[slug] ?? slug }
}
