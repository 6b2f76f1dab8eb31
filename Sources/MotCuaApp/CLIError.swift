import Foundation
import Logging
import MotCuaCore
import NIOCore
import NIOPosix
import Vapor

/// A command-line mistake: the message says what is wrong; the exit status is 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
