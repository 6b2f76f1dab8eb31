import Fluent
import SQLKit

/// What a citizen's OpenID Connect identity says of them beyond the name (personal ID, date of birth, residence), kept
/// with the account to prefill their forms; refreshed at each sign-in through the provider.
struct CreateIdentityFactsSchema: AsyncMigration {
    var name: String { "010_identity_facts" }

    func prepare(on db: any Database) async throws {
        try await db.sql.raw("ALTER TABLE accounts ADD COLUMN identity_facts TEXT").run()
    }

    func revert(on db: any Database) async throws {}
}
