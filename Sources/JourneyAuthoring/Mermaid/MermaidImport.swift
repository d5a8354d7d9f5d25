import Foundation
import JourneyModel

/// Turns a Mermaid journey into journeymap notes: a journey folder, and a persona per new actor.
///
/// The title becomes the journey's title and slug (the file's name stands in when there is no
/// title), `accTitle` its scenario and `accDescr` its summary. Each section becomes a stage, each
/// task a step whose score is mapped from the diagram's scale (see `MermaidScale`) onto the
/// site's, and each actor a persona; a task without actors is a step of no persona. Tasks
/// written before the first section go into a stage named after the title ("Journey" without one).
public struct MermaidImport: Sendable {
    public var diagram: MermaidJourney
    /// The diagram file's name without its extension.
    public var fileName: String
    /// How messages name the diagram file.
    public var file: String
    public var scale: EmotionScale
    /// The personas the content folder already has; actors are matched to them by name or slug.
    public var personas: [Persona]
    /// The scale of the diagram's scores, when the command line sets it.
    public var diagramScale: MermaidScale?

    public init(diagram: MermaidJourney, fileName: String, file: String, scale: EmotionScale, personas: [Persona],
                diagramScale: MermaidScale? = nil) {
        self.diagram = diagram
        self.fileName = fileName
        self.file = file
        self.scale = scale
        self.personas = personas
        self.diagramScale = diagramScale
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
        let (scoreScale, scaleDiagnostics) = readingScale()
        var diagnostics = scaleDiagnostics
        let slug = Slug.suggest(from: diagram.title ?? fileName)
        if slug.isEmpty {
            diagnostics.append(.error(at: SourceLocation(file: file), "neither the title nor the file's name has a letter or digit to name the journey by",
                                      hint: "add a 'title' line, e.g. 'title Ordering a cake'"))
        }
        let stages = diagram.sections.map { section in
            StageDraft(name: section.name ?? diagram.title ?? "Journey", steps: section.tasks.map { task in
                var slugs: [String] = []
                for actor in task.actors {
                    guard let persona = actors.slug(for: actor) else {
                        diagnostics.append(.error(at: task.location ?? SourceLocation(file: file),
                                                  "the actor '\(actor)' has no letter or digit to name a persona by",
                                                  hint: "name actors with words, e.g. 'Make tea: 5: Me, Cat'"))
                        continue
                    }
                    if !slugs.contains(persona) { slugs.append(persona) }
                }
                return Step(name: task.name, score: scoreScale.score(task.score, on: scale), actors: slugs)
            })
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let journey = JourneyDraft(slug: slug, title: diagram.title ?? fileName, personas: actors.used,
                                   scenario: diagram.accessibleTitle ?? "", summary: diagram.accessibleDescription ?? "", stages: stages)
        return (Plan(journey: journey, newPersonas: actors.created), diagnostics)
    }

    /// The scale the scores are read on: `diagramScale`, or the smallest usual one that holds
    /// them all, with a warning when that is not Mermaid's 1…5; an error for each score off it.
    private func readingScale() -> (MermaidScale, [Diagnostic]) {
        let tasks = diagram.sections.flatMap(\.tasks)
        let scale = diagramScale ?? MermaidScale.usual.first { usual in tasks.allSatisfy { usual.contains($0.score) } } ?? .mermaid
        var diagnostics = tasks.filter { !(diagramScale ?? .widest).contains($0.score) }.map { offScale($0, among: tasks) }
        if diagramScale == nil, scale != .mermaid, let highest = tasks.max(by: { $0.score < $1.score }) {
            diagnostics.append(.warning(at: highest.scoreLocation ?? SourceLocation(file: file),
                                        "scores go up to \(YAMLText.number(highest.score)), above Mermaid's 1…5: the diagram is read on \(scale), "
                                            + "mapped onto the site's \(self.scale.min)…\(self.scale.max)",
                                        hint: "pass --scale MIN..MAX if the diagram is scored on another range, e.g. --scale 0..10"))
        }
        return (scale, diagnostics)
    }

    /// The error for a task whose score is off the scale, with a `--scale` that holds them all.
    private func offScale(_ task: MermaidTask, among tasks: [MermaidTask]) -> Diagnostic {
        let location = task.scoreLocation ?? SourceLocation(file: file)
        let score = abs(task.score) < 1e15 ? YAMLText.number(task.score) : String(task.score)
        let message = "the score of '\(task.name)' is \(score), outside "
        if let given = diagramScale {
            return .error(at: location, message + "--scale \(given.min)..\(given.max)", hint: "correct the score, or widen --scale")
        }
        let scores = tasks.map(\.score)
        let wider = MermaidScale.usual.dropFirst().map(\.description).joined(separator: " and ")
        // A range that holds every score, when its ends are whole numbers a command line can take.
        let suggested = Int(exactly: min(scores.min() ?? 1, 1).rounded(.down)).flatMap { low in
            Int(exactly: max(scores.max() ?? 5, 5).rounded(.up)).map { high in ", e.g. --scale \(low)..\(high)" }
        }
        return .error(at: location, message + "Mermaid's \(MermaidScale.mermaid) and the wider \(wider)",
                      hint: "correct the score, or pass the diagram's own scale" + (suggested ?? " with --scale MIN..MAX"))
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
