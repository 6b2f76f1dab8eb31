import Fluent
import MotCuaCore
import Vapor

func routes(_ app: Application) throws {
    app.get("healthz") { req async throws -> HealthDTO in
        let snapshot = try req.reference
        // A trivial query proves the database answers.
        _ = try await ReferenceRepository(db: req.db).version()
        let engine: String
        switch req.application.motcuaConfig.database {
        case .postgres: engine = "postgres"
        default: engine = "sqlite"
        }
        let today = LocalDateTime(Date()).date
        return HealthDTO(status: "ok", database: engine, provinces: snapshot.units.provinces(asOf: today).count,
                         communes: snapshot.units.communeCount, procedures: snapshot.catalogue.procedures.count,
                         referenceVersion: snapshot.version)
    }
    let api = app.grouped("api", "v1")
    try api.register(collection: UnitsController())
    try api.register(collection: AddressController())
    try api.register(collection: ProceduresController())
    try api.register(collection: CalendarController())
    try api.register(collection: DossiersController(readCache: app.dossierReadCache,
                                                    submissionBytes: DossiersController.submissionLimit(app.motcuaConfig),
                                                    guessBudget: app.guessBudget))
    try api.register(collection: CitizenController())
    try api.register(collection: AuthController())
    try api.register(collection: AdminController())
    try api.register(collection: IndexController())
    try api.register(collection: DecentralisationController())
    try api.register(collection: EarlyWarningsController(api: true))
    try api.register(collection: OIDCController())
    api.get("openapi.json") { _ in
        let r = Response(status: .ok, body: .init(string: OpenAPIDocument.json))
        r.headers.contentType = .json
        return r
    }
    try app.register(collection: FormsController())
    try app.register(collection: PortalController())
    try app.register(collection: AssistantController())
    try app.register(collection: OfficeController())
    try app.register(collection: CitizenPagesController())
    try app.register(collection: ApplyPagesController())
    try app.register(collection: CatalogueReviewController())
    try app.register(collection: IndexPagesController())
    try app.register(collection: EarlyWarningsController(api: false))
}
