import Foundation

/// What an indicator of the service index measures. The rule file names one for each indicator; MotCua computes the
/// ones it holds the data for from the dossiers, the catalogue, payments and ratings, and says "no data" for the rest.
public enum IndexMeasure: String, Codable, Sendable, CaseIterable {
    // Transparency: the publication of procedures happens outside MotCua.
    case proceduresPublishedOnTime, proceduresUpdatedOnTime, proceduresContentComplete, dossiersSynced
    /// Dossiers ended early or on time ÷ dossiers counted (ended in the period or open at its end).
    case progress
    // Digitisation.
    case electronicResults
    /// Dossiers received in the period with at least one document held electronically ÷ dossiers received.
    case digitisedDossiers
    case electronicCopies, dataReuse, personalDataStore, populationDataAuthentication, populationDataUse
    /// Procedures of the unit's level offered online ÷ its procedures.
    case proceduresOnline
    /// Procedures offered online with at least one online dossier in the period ÷ procedures offered online.
    case onlineProceduresUsed
    /// Dossiers submitted online in the period ÷ dossiers received.
    case onlineSubmission
    /// Dossiers whose fee was paid online ÷ dossiers whose fee was paid.
    case onlinePayment
    // Satisfaction.
    case feedbackHandledOnTime, feedbackSatisfaction
    /// 100 % − the overdue rate − the complaint rate (dissatisfied ratings), over the dossiers counted.
    case procedureSatisfaction
}
