import Fluent
import Foundation
import MotCuaCore
import Vapor

struct ExitCode: Error { let code: Int32; init(_ c: Int32) { code = c } }
