import Fluent

/// The schema, in order. A migration that has run is never edited: a change is a new one (adding tables or columns,
/// which both engines can do).
enum Migrations {
    static let all: [any Migration] = [CreateReferenceSchema(), CreateDossierSchema(), CreateIdentitySchema(), CreateAssistantSchema(),
                                       CreateCitizenSchema(), CreateCatalogueChangesSchema(), CreateSecuritySchema(),
                                       CreateDeclarationSchema(), CreateCorrectionsSchema(),
                                       CreateIdentityFactsSchema(), CreateIndexTotalsSchema(), CreateCompetenceSchema()]
}
