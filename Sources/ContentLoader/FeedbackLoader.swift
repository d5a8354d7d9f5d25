import JourneyModel

/// Reads the feedback files declared in `site.yml` (support tickets, chats, reviews, posts) and
/// keeps the items that fit the content, with the same care as surveys: a row that does not fit
/// is rejected with a warning naming its file and line; a file that cannot be read, or lacks a
/// column it needs, is an error; rows about a journey or stage that failed to load are left out.
struct FeedbackLoader {
    let folder: ContentFolder
    let journeys: [Journey]
    let personas: [Persona]
    /// The slugs of the journeys that did not load, and of the stages that did not, by journey.
    let unloaded: [String: Set<String>?]

    func load(_ files: [FeedbackFile]) -> DataRows<FeedbackItem> {
        let painPoints = journeys.flatMap(\.stages).flatMap(\.painPoints).compactMap(\.id?.name).sorted()
        return DataRows(files) { load($0, painPoints: painPoints) }
    }

    private func load(_ feedback: FeedbackFile, painPoints: [String]) -> DataRows<FeedbackItem> {
        let path = folder.displayPath(feedback.path)
        let file: DataFile
        switch DataFile.read(feedback.path, in: folder, declaration: feedback.declaration, kind: "feedback", key: "feedback",
                             columns: "journey,stage,persona,date,text") {
        case .success(let read): file = read
        case .failure(let problem): return DataRows(diagnostics: [problem])
        }
        let columns: FeedbackColumns
        switch FeedbackColumns.resolve(header: file.rows[0], feedback: feedback, path: path) {
        case .success(let resolved): columns = resolved
        case .failure(let problem): return DataRows(diagnostics: file.warnings + [problem])
        }
        let reader = FeedbackRow(feedback: feedback, columns: columns, names: ContentNames(journeys: journeys, personas: personas),
                                 painPoints: painPoints)
        var rows = file.read(afterHeaderRows: 1, path: path, kind: "feedback", unloaded: unloaded) { row, location in
            reader.item(row, at: location).map { [$0] }
        }
        rows.diagnostics = file.warnings + rows.diagnostics
        return rows
    }
}
