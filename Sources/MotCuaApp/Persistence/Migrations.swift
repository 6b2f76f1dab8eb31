import Fluent

/// The schema, in order. Columns are right at creation: SQLite cannot alter them later.
enum Migrations {
    static let all: [any Migration] = [CreateReferenceSchema(), CreateDossierSchema(), CreateIdentitySchema(), CreateAssistantSchema(),
                                       CreateCitizenSchema(), CreateCatalogueChangesSchema(), CreateSecuritySchema()]
}
