import Foundation
import MotCuaCore
import Vapor

/// The calendar as stored (decrees recorded by administrators included).
func loadCalendar(_ app: Application) async throws -> WorkingCalendar {
    try await prepareReferenceData(app)
    return app.reference.current!.calendar
}
