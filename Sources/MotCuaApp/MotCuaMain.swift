import Foundation
import Logging
import MotCuaCore
import NIOCore
import NIOPosix
import Vapor

/// The `motcua` executable: `serve` (default), `migrate`, `import`, `calendar`, `convert`, `bench`.
public enum MotCuaMain {
    /// Makes NIO's event loops Swift Concurrency's global executor, so that a request handler's awaits do not
    /// hop between the event loops and a second pool of threads. Call once, first thing, on the main thread.
    /// `MOTCUA_NIO_EXECUTOR=0` keeps the default executor.
    public static func runAsyncCodeOnEventLoops() {
        guard ProcessInfo.processInfo.environment["MOTCUA_NIO_EXECUTOR"] != "0" else { return }
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    public static func run() async -> Int32 {
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        LoggingSystem.bootstrap { MaskingLogHandler(label: $0, level: level) }
        let env: Environment
        do { env = try Environment.detect() } catch {
            FileHandle.standardError.write(Data("motcua: \(error)\n".utf8))
            return 2
        }
        let app: Application
        do { app = try await Application.make(env) } catch {
            FileHandle.standardError.write(Data("motcua: \(error)\n".utf8))
            return 1
        }
        var status: Int32 = 0
        do {
            try await configure(app, config: try AppConfig.fromEnvironment())
            try await app.execute()
        } catch let exit as ExitCode {
            status = exit.code
        } catch let e as APIError {
            // The same checks as the API, worded for the command line: a usage error.
            FileHandle.standardError.write(Data("motcua: \(e.en)\n".utf8))
            status = 2
        } catch {
            FileHandle.standardError.write(Data("motcua: \(error)\n".utf8))
            status = error is CLIError ? 2 : 1
        }
        try? await app.asyncShutdown()
        return status
    }
}
