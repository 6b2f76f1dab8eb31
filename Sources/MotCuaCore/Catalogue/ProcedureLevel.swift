

/// The level of government at which a procedure is carried out.
public enum ProcedureLevel: String, Codable, Sendable, CaseIterable {
    /// Cấp bộ (ministries and other central agencies).
    case central
    /// Cấp tỉnh.
    case province
    /// Cấp xã.
    case commune
    /// Cơ quan khác (courts, agencies outside the hierarchy).
    case other
}
