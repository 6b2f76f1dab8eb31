import MotCuaCore

extension FeedbackDTO {
    init(_ f: FeedbackStore.Feedback) {
        self.init(dossierCode: f.dossierCode, procedureName: f.procedureName, rating: f.rating.rawValue, ratingText: f.rating.vietnamese,
                  comment: f.comment, createdAt: f.createdAt.description)
    }
}
