extension DocumentDTO {
    init(_ d: DossierDocument) {
        self.init(id: d.id, fileName: d.fileName, docType: d.docType, mediaType: d.mediaType, size: d.size, original: d.original,
                  sha256: d.sha256, uploadedAt: d.uploadedAt.description, slot: d.slot)
    }
}
