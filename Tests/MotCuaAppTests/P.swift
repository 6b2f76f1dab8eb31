import Testing
import VaporTesting
@testable import MotCuaApp
@Test func placeholder() { #expect(Bool(true)) }
