import Vapor

extension Request {
    /// The context the services run in for this request: its database, the reference data in force, the moment.
    var services: ServiceContext {
        get throws { ServiceContext(app: application, db: db, snapshot: try reference, now: now) }
    }
}

extension Request {
    /// The dossier lifecycle (``DossierService``) with the reference data in force.
    var dossierService: DossierService {
        get throws { DossierService(app: application, snapshot: try reference) }
    }
}
