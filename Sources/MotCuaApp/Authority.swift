import Foundation
import MotCuaCore

/// The People's Committee (or centre) that runs a deployment, as its pages name it.
public struct Authority: Sendable, Codable, Equatable {
    public var name = "Ủy ban nhân dân xã, phường"
    public var hotline = "1800 1096"
    public var address = "Bộ phận Một cửa của Ủy ban nhân dân xã, phường nơi bạn cư trú"
    public init() {}
}
