import JourneyModel

/// Reads one `personas/<slug>.md`.
enum PersonaLoader {
    static let keys = ["name", "role", "segment", "quote", "goals", "frustrations", "channels", "color", "empathy"]

    static func load(_ note: NoteSource, markdown: MarkdownRenderer) -> (Persona?, [Diagnostic]) {
        let (frontMatter, file) = note.open()
        guard let frontMatter, let fields = file.parseMapping(frontMatter.yaml) else { return (nil, file.diagnostics) }
        fields.checkKeys(keys, in: "a persona")
        let name = fields.requiredText("name", in: "the persona")
        let persona = Persona(
            slug: note.slug,
            name: name ?? note.slug,
            role: fields.text("role"),
            segment: fields.text("segment"),
            quote: fields.text("quote"),
            goals: fields.texts("goals"),
            frustrations: fields.texts("frustrations"),
            channels: fields.texts("channels"),
            color: color(fields),
            empathy: empathy(fields),
            bodyHTML: markdown.html(frontMatter.body),
            source: note.path)
        return (persona, file.diagnostics)
    }

    /// `empathy: { says: […], thinks: […], does: […], feels: […], pains: […], gains: […] }`, each optional.
    private static func empathy(_ fields: FieldReader) -> EmpathyMap {
        guard let map = fields.mapping("empathy") else { return EmpathyMap() }
        map.checkKeys(EmpathyMap.keys, in: "empathy")
        return EmpathyMap(says: map.texts("says"), thinks: map.texts("thinks"), does: map.texts("does"), feels: map.texts("feels"),
                          pains: map.texts("pains"), gains: map.texts("gains"))
    }

    /// A `#rgb` or `#rrggbb` colour: anything else could break out of the style it is written into.
    private static func color(_ fields: FieldReader) -> String? {
        if let empty = fields.entry("color"), empty.isNull {
            fields.file.error(at: fields.file.location(empty.mark), "'color' is empty",
                              hint: "quote the colour: an unquoted # starts a YAML comment, so write color: \"#c2410c\"")
            return nil
        }
        guard let value = fields.text("color")?.trimmed() else { return nil }
        let digits = value.utf8.dropFirst()
        let isHex = value.hasPrefix("#") && (digits.count == 3 || digits.count == 6)
            && digits.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) }
        guard isHex else {
            fields.file.error(at: fields.location(of: "color"), "'color' is '\(value)', not a hex colour",
                              hint: "write it quoted, like color: \"#c2410c\"")
            return nil
        }
        return value.lowercased()
    }
}
