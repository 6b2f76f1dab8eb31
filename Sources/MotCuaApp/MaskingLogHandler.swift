import Foundation
import Logging
import MotCuaCore
import NIOCore
import NIOPosix
import Vapor

/// Log lines go to standard error (standard output is for command results) with personal data masked.
struct MaskingLogHandler: LogHandler {
    private var inner: StreamLogHandler

    init(label: String, level: Logger.Level) {
        inner = StreamLogHandler.standardError(label: label)
        inner.logLevel = level
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var masked = event
        masked.message = "\(PersonalDataMask.mask(event.message.description))"
        masked.metadata = event.metadata?.mapValues { .string(PersonalDataMask.mask($0.description)) }
        inner.log(event: masked)
    }
}
