import JourneyModel

/// Reads one `solutions/<slug>.md`: what a team builds to deliver opportunities.
enum SolutionLoader {
    static let keys = ["title", "owner", "status", "started", "shipped", "delivers"]

    static func load(_ note: NoteSource, markdown: MarkdownRenderer) -> (Solution?, [Diagnostic]) {
        let (frontMatter, file) = note.open()
        guard let frontMatter, let fields = file.parseMapping(frontMatter.yaml) else { return (nil, file.diagnostics) }
        fields.checkKeys(keys, in: "a solution")
        let solution = Solution(
            slug: note.slug,
            title: fields.requiredText("title", in: "the solution") ?? note.slug,
            owner: fields.text("owner"),
            status: fields.choice("status", as: OpportunityStatus.self),
            started: day(fields, key: "started"),
            shipped: day(fields, key: "shipped"),
            delivers: fields.locatedTexts("delivers").map { ItemID($0.text.trimmed(), at: $0.location) },
            bodyHTML: markdown.html(frontMatter.body),
            source: note.path)
        return (solution, file.diagnostics)
    }

    /// A day written `YYYY-MM-DD`.
    private static func day(_ fields: FieldReader, key: String) -> String? {
        guard let text = fields.text(key)?.trimmed() else { return nil }
        guard let day = CalendarDay(text)?.description, day == text else {
            fields.file.error(at: fields.location(of: key), "'\(key)' is '\(text)', not a day written YYYY-MM-DD",
                              hint: "write e.g. '\(key): 2026-09-15'")
            return nil
        }
        return day
    }
}
