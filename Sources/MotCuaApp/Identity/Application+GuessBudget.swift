import Vapor

extension Application {
    private struct GuessBudgetKey: StorageKey { typealias Value = GuessBudget }

    var guessBudget: GuessBudget {
        get { storage[GuessBudgetKey.self]! }
        set { storage[GuessBudgetKey.self] = newValue }
    }
}
