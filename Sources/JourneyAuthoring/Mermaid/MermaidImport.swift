import Foundation
import JourneyModel

/// Turns a Mermaid journey into journeymap notes: a journey folder, and a persona per new actor.
///
/// The title becomes the journey's title and slug (the file's name stands in when there is no
/// title), each section a stage, each task a step whose score is mapped from 1…5 onto the site's
/// scale, and each actor a persona. Tasks written before the first section go into a stage named
/// after the title ("Journey" without one). `accDescr` becomes the journey's summary.
public struct MermaidImport: Sendable {
    public var diagram: MermaidJourney
    /// The diagram file's name without its extension.
    public var fileName: String
    /// How messages name the diagram file.
    public var file: String
    public var scale: EmotionScale
    /// The personas the content folder already has; actors are matched to them by name or slug.
    public var personas: [Persona]

    public init(diagram: MermaidJourney, fileName: String, file: String, scale: EmotionScale, personas: [Persona]) {
        self.diagram = diagram
        self.fileName = fileName
        self.file = file
        self.scale = scale
        self.personas = personas
    }

    /// What to create: the journey and the personas it needs that do not exist yet.
    public struct Plan: Sendable, Hashable {
        public var journey: JourneyDraft
        public var newPersonas: [PersonaDraft]

        /// The files of the new personas and of the journey folder, their keys explained in `language`.
        public func files(scale: EmotionScale, language: ContentLanguage) -> [OutputFile] {
            newPersonas.map { $0.file(in: language) } + journey.files(scale: scale, siteLanguage: language)
        }
    }

    /// The plan, or nil with the errors that prevent it.
    public func plan() -> (Plan?, [Diagnostic]) {
        var actors = ActorIndex(personas: personas)
        var diagnostics: [Diagnostic] = []
        let slug = Slug.suggest(from: diagram.title ?? fileName)
        if slug.isEmpty {
            diagnostics.append(.error(at: SourceLocation(file: file), "neither the title nor the file's name has a letter or digit to name the journey by",
                                      hint: "add a 'title' line, e.g. 'title Ordering a cake'"))
        }
        let stages = diagram.sections.map { section in
            StageDraft(name: section.name ?? diagram.title ?? "Journey", steps: section.tasks.map { task in
                let slugs = task.actors.compactMap { actor in
                    let persona = actors.slug(for: actor)
                    if persona == nil {
                        diagnostics.append(.error(at: task.location ?? SourceLocation(file: file),
                                                  "the actor '\(actor)' has no letter or digit to name a persona by",
                                                  hint: "name actors with words, e.g. 'Make tea: 5: Me, Cat'"))
                    }
                    return persona
                }
                return Step(name: task.name, score: MermaidScore.onScale(task.score, scale), actors: slugs)
            })
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let journey = JourneyDraft(slug: slug, title: diagram.title ?? diagram.accessibleTitle ?? fileName,
                                   personas: actors.used, summary: diagram.accessibleDescription ?? "", stages: stages)
        return (Plan(journey: journey, newPersonas: actors.created), diagnostics)
    }
}

/// The personas of a diagram's actors: existing ones matched by name or slug, new ones made up.
private struct ActorIndex {
    private var slugsByName: [String: String] = [:]
    private let existing: Set<String>
    /// Every persona an actor names, in order of first appearance.
    private(set) var used: [String] = []
    /// The personas to create, in order of first appearance.
    private(set) var created: [PersonaDraft] = []

    init(personas: [Persona]) {
        existing = Set(personas.map(\.slug))
        for persona in personas { slugsByName[Self.key(persona.name)] = persona.slug }
    }

    /// The persona slug of an actor; nil when its name has no letter or digit.
    mutating func slug(for actor: String) -> String? {
        let slug = slugsByName[Self.key(actor)] ?? Slug.suggest(from: actor)
        guard !slug.isEmpty else { return nil }
        if !used.contains(slug) {
            used.append(slug)
            if !existing.contains(slug) { created.append(PersonaDraft(name: actor, slug: slug)) }
        }
        return slug
    }

    /// Names compare without regard to case or surrounding spaces.
    private static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
