import Vapor

extension Application {
    /// The SMTP client for `MOTCUA_SMTP_URL` (made once: its TLS context loads the trusted certificates).
    var smtpClient: SMTPClient? {
        get throws {
            guard let config = motcuaConfig.smtp else { return nil }
            return try locks.lock(for: SMTPClientKey.self).withLock {
                if let client = storage[SMTPClientKey.self], client.config == config { return client }
                let client = try SMTPClient(config: config, group: eventLoopGroup)
                storage[SMTPClientKey.self] = client
                return client
            }
        }
    }

    private struct SMTPClientKey: StorageKey, LockKey { typealias Value = SMTPClient }
}
