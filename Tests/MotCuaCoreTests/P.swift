import Testing
@testable import MotCuaCore
@Test func placeholder() { #expect(Bool(true)) }
