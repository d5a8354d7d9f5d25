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

    func load(_ files: [FeedbackFile]) -> (items: [FeedbackItem], tally: SurveyTally, diagnostics: [Diagnostic]) {
        var items: [FeedbackItem] = [], tally = SurveyTally(), diagnostics: [Diagnostic] = []
        let painPoints = journeys.flatMap(\.stages).flatMap(\.painPoints).compactMap(\.id?.name).sorted()
        for file in files {
            let result = load(file, painPoints: painPoints)
            items += result.items
            tally.read += result.tally.read
            tally.rejected += result.tally.rejected
            diagnostics += result.diagnostics
        }
        return (items, tally, diagnostics)
    }

    private func load(_ feedback: FeedbackFile, painPoints: [String]) -> (items: [FeedbackItem], tally: SurveyTally, diagnostics: [Diagnostic]) {
        let path = folder.displayPath(feedback.path)
        let file: DataFile
        switch DataFile.read(feedback.path, in: folder, declaration: feedback.declaration, kind: "feedback", key: "feedback",
                             columns: "journey,stage,persona,date,text") {
        case .success(let read): file = read
        case .failure(let problem): return ([], SurveyTally(), [problem])
        }
        let columns: FeedbackColumns
        switch FeedbackColumns.resolve(header: file.rows[0], feedback: feedback, path: path) {
        case .success(let resolved): columns = resolved
        case .failure(let problem): return ([], SurveyTally(), file.warnings + [problem])
        }
        var items: [FeedbackItem] = [], tally = SurveyTally(), diagnostics = file.warnings
        let reader = FeedbackRow(feedback: feedback, columns: columns, names: ContentNames(journeys: journeys, personas: personas),
                                 painPoints: painPoints)
        for (row, line) in file.records(afterHeaderRows: 1) {
            tally.read += 1
            let location = SourceLocation(file: path, line: line)
            switch reader.item(row, at: location) {
            case .success(let item):
                items.append(item)
            case .failure(let rejection):
                tally.rejected += 1
                if unloaded.contains(journey: rejection.journey, stage: rejection.stage) { continue }
                diagnostics.append(Diagnostic(rejection.isError ? .error : .warning, at: location,
                                              "feedback row rejected: \(rejection.message)", hint: rejection.hint))
            }
        }
        return (items, tally, diagnostics)
    }
}

extension Dictionary where Key == String, Value == Set<String>? {
    /// Whether the journey, or its stage, that a rejected row names failed to load: the note's error is then the cause.
    func contains(journey: String?, stage: String?) -> Bool {
        guard let journey, let failed = self[journey] else { return false }
        guard let stages = failed else { return true }
        return stage.map(stages.contains) ?? false
    }
}
