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

    /// `personas/<slug>.md`.
    public var file: OutputFile {
        OutputFile(path: "personas/\(slug).md", text: text)
    }

    var text: String {
        var note = NoteText()
        note.field("name", YAMLText.scalar(name), "the persona's name, as shown on the site (required)")
        note.field("role", "", "for example: Working parent, 38")
        note.field("segment", "", "the customer segment")
        note.field("quote", "", "a characteristic quote; keep it in quotes: \"…\"")
        note.list("goals", [], "what they want to achieve: [Order in five minutes]")
        note.list("frustrations", [], "what gets in their way")
        note.list("channels", [], "the channels they use: [website, shop, email]")
        note.example("color", "\"#c2410c\"", "their curve's colour; keep the quotes: # starts a comment")
        note.comment("Below the closing line: who they are, in Markdown (research, habits, ![photo](../assets/…)).")
        return note.text()
    }
}
