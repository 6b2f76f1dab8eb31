import MotCuaCore

extension DossierDeclaration {
    /// Each slot of the definition with what fills it: the documents attached, the counter's check.
    func slots(documents: [DossierDocument]) -> [SlotDTO] {
        let needed = DeclarationValidator(form: definition, today: LocalDate(year: 2000, month: 1, day: 1), communeExists: { _ in true })
            .neededSlots(values)
        return definition.documents.map { slot in
            SlotDTO(key: slot.key, name: slot.name, required: needed.contains(slot.key),
                    documents: documents.filter { $0.slot == slot.key }.map(\.id),
                    presented: counterCheck?.presented.contains(slot.key) ?? false,
                    waivedReason: counterCheck?.waived[slot.key], missing: counterCheck?.missing.contains(slot.key) ?? false)
        }
    }
}
