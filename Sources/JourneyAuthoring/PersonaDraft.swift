import JourneyModel

/// A persona note to create: its name, and every other key left empty for the author.
public struct PersonaDraft: Sendable, Hashable {
    public var slug: String
    public var name: String

    /// A persona whose slug comes from its name unless given: `Claire Martin` → `claire-martin`.
    public init(name: String, slug: String? = nil) {
        self.name = name
        self.slug = slug ?? Slug.suggest(from: name)
    }

    /// `personas/<slug>.md`, its keys explained in `language`.
    public func file(in language: ContentLanguage) -> OutputFile {
        OutputFile(path: "personas/\(slug).md", text: text(in: language))
    }

    func text(in language: ContentLanguage) -> String {
        let says = NoteComments.in(language)
        var note = NoteText()
        note.field("name", YAMLText.scalar(name), says.personaName)
        note.field("role", "", says.personaRole)
        note.field("segment", "", says.personaSegment)
        note.field("quote", "", says.personaQuote)
        note.list("goals", [], says.personaGoals)
        note.list("frustrations", [], says.personaFrustrations)
        note.list("channels", [], says.personaChannels)
        note.example("color", "\"#c2410c\"", says.personaColor)
        note.example("empathy", "{ says: [], thinks: [], does: [], feels: [], pains: [], gains: [] }", says.personaEmpathy)
        note.comment(says.personaBody)
        return note.text()
    }
}
