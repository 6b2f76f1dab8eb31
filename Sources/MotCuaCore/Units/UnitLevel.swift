

/// The tier of a unit in the two-tier local government (since 1 July 2025).
public enum UnitLevel: String, Codable, Sendable, CaseIterable {
    /// Tỉnh / thành phố trực thuộc trung ương.
    case province
    /// Xã / phường / đặc khu.
    case commune
}
