import Foundation
import JourneyModel

/// The authoring commands on a content folder: new personas and journeys, Mermaid import and
/// export. Each reads the folder, plans its files, and writes all of them or nothing.
public struct ContentAuthor: Sendable {
    public var folder: NewFiles

    /// - Parameters:
    ///   - root: the content folder.
    ///   - displayRoot: how messages name it, as the user typed it.
    public init(root: URL, displayRoot: String) {
        folder = NewFiles(root: root, displayRoot: displayRoot)
    }

    /// What the content folder holds now.
    public var facts: ContentFacts {
        ContentFacts(root: folder.root, displayRoot: folder.displayRoot)
    }

    /// Creates `personas/<slug>.md` for a persona called `name`; returns the path written.
    @discardableResult
    public func newPersona(named name: String) throws -> [String] {
        let persona = PersonaDraft(name: name)
        try Self.requireSlug(persona.slug, from: name)
        return try folder.create([persona.file(in: facts.language)])
    }

    /// Creates `journeys/<slug>/` with a note per stage of `model`; the stage names are in
    /// `language`, or the site's. Every persona slug must have a file already.
    @discardableResult
    public func newJourney(titled title: String, model: StageModel, language: ContentLanguage?,
                           personas: [String]) throws -> [String] {
        let facts = facts
        let known = facts.personas.map(\.slug)
        if let unknown = personas.first(where: { !known.contains($0) }) {
            let near = Slug.suggest(from: unknown)
            throw AuthoringError("there is no persona '\(unknown)' in \(folder.display("personas"))",
                                 hint: known.contains(near) ? "did you mean '\(near)'?"
                                     : "create it first with: journeymap new persona \"\(unknown)\""
                                     + (known.isEmpty ? "" : "; known personas: \(known.joined(separator: ", "))"))
        }
        let journey = JourneyDraft(title: title, model: model, language: language ?? facts.language, personas: personas)
        try Self.requireSlug(journey.slug, from: title)
        return try folder.create(journey.files(scale: facts.site.scale, siteLanguage: facts.language, lanes: facts.site.lanes), claiming: [journey.folder])
    }

    /// Imports a Mermaid journey diagram read from `file` (as messages name it), its scores read
    /// on `scale` (by default, the smallest of 1…5, 1…7 and 1…10 that holds them). Writes nothing
    /// when the diagram has errors; the outcome lists the diagnostics and the paths written.
    public func importMermaid(_ text: String, file: String, scale: MermaidScale? = nil) throws -> ImportOutcome {
        let (diagram, problems) = MermaidParser.parse(text, file: file)
        let facts = facts
        var diagnostics = problems
        if !facts.hasSite {
            diagnostics.append(.warning(at: SourceLocation(file: folder.display("site.yml")),
                                        "there is no site.yml: scores are mapped onto the default scale -2…2",
                                        hint: "add site.yml before building, or start a site with 'journeymap new site'"))
        }
        guard !diagnostics.hasErrors else { return ImportOutcome(diagnostics: diagnostics.sorted()) }
        let fileName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let (plan, planProblems) = MermaidImport(diagram: diagram, fileName: fileName, file: file,
                                                 scale: facts.site.scale, personas: facts.personas, diagramScale: scale).plan()
        diagnostics += planProblems
        guard let plan else { return ImportOutcome(diagnostics: diagnostics.sorted()) }
        let written = try folder.create(plan.files(scale: facts.site.scale, language: facts.language), claiming: [plan.journey.folder])
        return ImportOutcome(diagnostics: diagnostics.sorted(), plan: plan, written: written)
    }

    /// The Mermaid text of the journey `slug`, with warnings for names changed to fit Mermaid.
    /// With errors in the content, the text is nil and the diagnostics list the content's problems.
    /// Throws when there is no such journey.
    public func exportMermaid(journey slug: String) throws -> (text: String?, diagnostics: [Diagnostic]) {
        let facts = facts
        guard !facts.diagnostics.hasErrors else { return (nil, facts.diagnostics) }
        guard let journey = facts.journeys.first(where: { $0.slug == slug }) else {
            throw AuthoringError("there is no journey '\(slug)' in \(folder.display("journeys"))",
                                 hint: facts.journeys.isEmpty ? "create one with 'journeymap new journey'"
                                     : "journeys: \(facts.journeys.map(\.slug).joined(separator: ", "))")
        }
        let (diagram, warnings) = MermaidExport(journey: journey, personas: facts.personas, scale: facts.site.scale).diagram()
        return (MermaidWriter.text(of: diagram), warnings)
    }

    /// Throws when a name gives no slug to name its file or folder after.
    static func requireSlug(_ slug: String, from name: String) throws {
        guard slug.isEmpty else { return }
        throw AuthoringError("'\(name)' has no letter or digit to name a file after", hint: "use a name with words, e.g. \"Claire Martin\"")
    }
}

/// What a Mermaid import found and wrote.
public struct ImportOutcome: Sendable {
    /// Every problem found, sorted; with an error, nothing was written.
    public var diagnostics: [Diagnostic]
    /// The journey and personas created, when the import went through.
    public var plan: MermaidImport.Plan?
    /// The paths written, as displayed.
    public var written: [String]

    public init(diagnostics: [Diagnostic], plan: MermaidImport.Plan? = nil, written: [String] = []) {
        self.diagnostics = diagnostics
        self.plan = plan
        self.written = written
    }
}
